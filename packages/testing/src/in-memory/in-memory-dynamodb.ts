import type {
  BatchGetItemCommandInput,
  BatchWriteItemCommandInput,
  CreateTableCommandInput,
  DeleteItemCommandInput,
  DeleteTableCommandInput,
  DescribeTableCommandInput,
  DescribeTimeToLiveCommandInput,
  GetItemCommandInput,
  ListTablesCommandInput,
  PutItemCommandInput,
  QueryCommandInput,
  ScanCommandInput,
  TransactGetItemsCommandInput,
  TransactWriteItemsCommandInput,
  UpdateItemCommandInput,
  UpdateTableCommandInput,
  UpdateTimeToLiveCommandInput,
} from '@aws-sdk/client-dynamodb';
import { createTableInput, type Table } from '@dokklib/core';
import type { DocumentClientStub } from '../mock/document-client-stub.js';
import type { MockBackend } from '../mock/mock-backend.js';
import { attachInMemoryDynamoDB } from './adapter/attach-in-memory-dynamodb.js';
import type { DynamoDBOperations } from './dynamodb-operations.js';
import { Faults } from './faults/faults.js';
import { batchGetItem } from './operations/batch-get-item.js';
import { batchWriteItem } from './operations/batch-write-item.js';
import { createTable } from './operations/create-table.js';
import { deleteItem } from './operations/delete-item.js';
import { deleteTable } from './operations/delete-table.js';
import { describeTable } from './operations/describe-table.js';
import { getItem } from './operations/get-item.js';
import { listTables } from './operations/list-tables.js';
import { putItem } from './operations/put-item.js';
import { query } from './operations/query.js';
import { scan } from './operations/scan.js';
import { transactGetItems } from './operations/transact-get-items.js';
import { transactWriteItems } from './operations/transact-write-items.js';
import { describeTimeToLive, updateTimeToLive } from './operations/time-to-live.js';
import { updateItem } from './operations/update-item.js';
import { updateTable } from './operations/update-table.js';
import { MemoryTables } from './store/memory-tables.js';
import { RequestTokens } from './store/request-tokens.js';

/** Options of an {@link InMemoryDynamoDB}. */
export interface InMemoryDynamoDBOptions {
  /** The clock for table creation times and `ClientRequestToken` expiry; `() => new Date()` by default. */
  readonly clock?: () => Date;
  /**
   * Whether items expire: with `true`, a table whose `UpdateTimeToLive` enabled expiry loses
   * the items whose time-to-live attribute is at or before the clock, whenever it is used
   * (DynamoDB deletes them within days; here it is at once, so tests can move the clock).
   * `false` (the default) keeps them, as DynamoDB may until it gets to them.
   */
  readonly expireItems?: boolean;
}

/**
 * A DynamoDB in memory, for fast tests: tables, items (stored marshalled, copied in and
 * out) and DynamoDB's semantics for reads, writes, conditions, pagination, batches and
 * transactions, with DynamoDB's error names and DynamoDB Local's messages. Each method
 * takes and returns the low-level (marshalled) input and output of the DynamoDB operation
 * it is named after, and throws `DynamoDBSimulationError`s; {@link InMemoryDynamoDB.attach}
 * serves it behind a mocked `DynamoDBDocumentClient`.
 */
export class InMemoryDynamoDB implements MockBackend, DynamoDBOperations {
  /** Faults to inject, e.g. `db.faults.unprocessed(() => true)`. */
  readonly faults = new Faults();
  private readonly tables: MemoryTables;
  private readonly tokens = new RequestTokens();
  private readonly clock: () => Date;

  constructor(options: InMemoryDynamoDBOptions = {}) {
    const clock = options.clock ?? (() => new Date());
    this.clock = clock;
    this.tables = new MemoryTables(
      options.expireItems === true ? () => Math.floor(clock().getTime() / 1000) : undefined,
    );
  }

  /** Answers the document client commands of an `aws-sdk-client-mock` stub from this store. */
  attach(stub: DocumentClientStub): void {
    attachInMemoryDynamoDB(this, stub);
  }

  /** Creates a table from a `CreateTable` input, or laid out as a core `Table` expects (`createTableInput`). */
  createTable(input: CreateTableCommandInput | Table) {
    const createInput = 'config' in input ? createTableInput(input.config) : input;
    return createTable(this.tables, createInput, this.clock());
  }

  /** DynamoDB's `DeleteTable`. */
  deleteTable(input: DeleteTableCommandInput) {
    return deleteTable(this.tables, input);
  }

  /** DynamoDB's `DescribeTable`. */
  describeTable(input: DescribeTableCommandInput) {
    return describeTable(this.tables, input);
  }

  /** DynamoDB's `UpdateTable`: a GSI created or deleted, at once. */
  updateTable(input: UpdateTableCommandInput) {
    return updateTable(this.tables, input);
  }

  /** DynamoDB's `UpdateTimeToLive`: expiry on one attribute, enabled or disabled. */
  updateTimeToLive(input: UpdateTimeToLiveCommandInput) {
    return updateTimeToLive(this.tables, input);
  }

  /** DynamoDB's `DescribeTimeToLive`. */
  describeTimeToLive(input: DescribeTimeToLiveCommandInput) {
    return describeTimeToLive(this.tables, input);
  }

  /** DynamoDB's `ListTables`: a page of the table names, in order. */
  listTables(input: ListTablesCommandInput = {}) {
    return listTables(this.tables, input);
  }

  /** The names of the tables, sorted. */
  tableNames(): string[] {
    return this.tables.names();
  }

  /** DynamoDB's `GetItem`. */
  getItem(input: GetItemCommandInput) {
    return getItem(this.tables, input);
  }

  /** DynamoDB's `PutItem`. */
  putItem(input: PutItemCommandInput) {
    return putItem(this.tables, input);
  }

  /** DynamoDB's `DeleteItem`. */
  deleteItem(input: DeleteItemCommandInput) {
    return deleteItem(this.tables, input);
  }

  /** DynamoDB's `UpdateItem`. */
  updateItem(input: UpdateItemCommandInput) {
    return updateItem(this.tables, input);
  }

  /** DynamoDB's `Query`. */
  query(input: QueryCommandInput) {
    return query(this.tables, input);
  }

  /** DynamoDB's `Scan`. */
  scan(input: ScanCommandInput) {
    return scan(this.tables, input);
  }

  /** DynamoDB's `BatchGetItem`; {@link InMemoryDynamoDB.faults} may leave keys unprocessed. */
  batchGetItem(input: BatchGetItemCommandInput) {
    return batchGetItem(this.tables, input, this.faults);
  }

  /** DynamoDB's `BatchWriteItem`; {@link InMemoryDynamoDB.faults} may leave writes unprocessed. */
  batchWriteItem(input: BatchWriteItemCommandInput) {
    return batchWriteItem(this.tables, input, this.faults);
  }

  /** DynamoDB's `TransactGetItems`. */
  transactGetItems(input: TransactGetItemsCommandInput) {
    return transactGetItems(this.tables, input);
  }

  /** DynamoDB's `TransactWriteItems`, idempotent per `ClientRequestToken` for 10 minutes. */
  transactWriteItems(input: TransactWriteItemsCommandInput) {
    return transactWriteItems(this.tables, input, this.tokens, this.clock());
  }
}
