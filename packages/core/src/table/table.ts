import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { UpdateChanges } from '../expressions/update-changes.js';
import type { Attributes, Item } from '../items/item.js';
import { stripKeyPrefixes } from '../items/strip-key-prefixes.js';
import type { PartitionKey } from '../keys/partition-key.js';
import type { PrefixSortKey } from '../keys/prefix-sort-key.js';
import type { SortKey } from '../keys/sort-key.js';
import { batchGet } from '../operations/batch-get/batch-get.js';
import type { BatchGetKey } from '../operations/batch-get/batch-get-key.js';
import type { BatchGetOptions } from '../operations/batch-get/batch-get-options.js';
import { batchWrite } from '../operations/batch-write/batch-write.js';
import type {
  BatchWriteOptions,
  BatchWriteResult,
} from '../operations/batch-write/batch-write-options.js';
import type { BatchWriteRequest } from '../operations/batch-write/batch-write-request.js';
import type { DeleteOptions } from '../operations/delete/delete-options.js';
import type { GetOptions } from '../operations/get/get-options.js';
import { describeKey } from '../operations/item-key.js';
import type { PutOptions } from '../operations/put/put-options.js';
import { query, queryItems, queryPage, queryPages } from '../operations/query/query.js';
import type { QueryPageOptions } from '../operations/query/query-options.js';
import type { QueryPage } from '../operations/query/query-page.js';
import { prefixQueryOptions } from '../operations/query/query-prefix-input.js';
import type { QueryPrefixOptions } from '../operations/query/query-prefix-options.js';
import { scan, scanPages } from '../operations/scan/scan.js';
import type { ScanOptions } from '../operations/scan/scan-options.js';
import type { ScanPage } from '../operations/scan/scan-page.js';
import { transactGetItems } from '../operations/transact-get/transact-get.js';
import type { TransactGetKey } from '../operations/transact-get/transact-get-key.js';
import type { TransactWriteArg } from '../operations/transact-write/transact-write-arg.js';
import type {
  TransactWriteOptions,
  TransactWriteResult,
} from '../operations/transact-write/transact-write-options.js';
import type { UpdateOptions } from '../operations/update/update-options.js';
import { CommandRunner } from './command-runner.js';
import { toDocumentClient } from './document-client.js';
import { type TableConfig, tableConfig } from './table-config.js';
import type { TableOptions } from './table-options.js';
import { TableRequests } from './table-requests.js';

/**
 * A DynamoDB table laid out for the single-table pattern: items keyed by entity-named
 * keys (`USER#alice`), an inverse index, typed errors.
 *
 * Every method maps SDK errors to dokklib errors (`ConditionalCheckFailedError`,
 * `TransactionCanceledError`, `CapacityError`…) and checks its input before sending.
 * `table.requests` builds the same requests without sending them.
 */
export class Table {
  /** The document client requests are sent with. */
  readonly client: DynamoDBDocumentClient;
  /** The table's layout with defaults applied. */
  readonly config: TableConfig;
  /** Builds each operation's SDK input without sending it. */
  readonly requests: TableRequests;
  /** Sends requests, maps errors and tells the logger; for operations built on the table. */
  readonly runner: CommandRunner;

  constructor(tableName: string, options: TableOptions) {
    this.client = toDocumentClient(options.client);
    this.config = tableConfig(tableName, options);
    this.requests = new TableRequests(this.config);
    this.runner = new CommandRunner((item) => this.decodeItem(item), options.logger);
  }

  /** The table's name. */
  get name(): string {
    return this.config.tableName;
  }

  /**
   * Writes a new item.
   * @throws {ConditionalCheckFailedError} if an item with this key exists.
   */
  async insert(pk: PartitionKey, sk: SortKey, attributes?: Attributes): Promise<void> {
    const input = this.requests.insert(pk, sk, attributes);
    await this.runner.run({
      operation: `insert of ${describeKey(pk, sk)}`,
      command: 'PutItem',
      input,
      send: () => this.client.send(new PutCommand(input)),
    });
  }

  /** Writes an item, replacing any item with the same key unless `allowOverwrite` is `false`. */
  async put(
    pk: PartitionKey,
    sk: SortKey,
    attributes?: Attributes,
    options?: PutOptions,
  ): Promise<void> {
    const input = this.requests.put(pk, sk, attributes, options);
    await this.runner.run({
      operation: `put of ${describeKey(pk, sk)}`,
      command: 'PutItem',
      input,
      send: () => this.client.send(new PutCommand(input)),
    });
  }

  /** Reads one item, or `undefined` if there is none. Key attributes come back without prefixes. */
  async get(pk: PartitionKey, sk: SortKey, options?: GetOptions): Promise<Item | undefined> {
    const input = this.requests.get(pk, sk, options);
    const output = await this.runner.run({
      operation: `get of ${describeKey(pk, sk)}`,
      command: 'GetItem',
      input,
      send: () => this.client.send(new GetCommand(input)),
    });
    return output.Item === undefined ? undefined : this.decodeItem(output.Item);
  }

  /**
   * Changes attributes of an item (creating it unless `mustExist`), and returns what
   * `returnValues` asks for.
   * @throws {ConditionalCheckFailedError} if the condition or `mustExist` fails.
   */
  async update(
    pk: PartitionKey,
    sk: SortKey,
    changes: UpdateChanges,
    options?: UpdateOptions,
  ): Promise<Item | undefined> {
    const input = this.requests.update(pk, sk, changes, options);
    const output = await this.runner.run({
      operation: `update of ${describeKey(pk, sk)}`,
      command: 'UpdateItem',
      input,
      send: () => this.client.send(new UpdateCommand(input)),
    });
    return output.Attributes === undefined ? undefined : this.decodeItem(output.Attributes);
  }

  /**
   * Deletes an item. Deleting a missing item succeeds unless `idempotent` is `false`.
   * @throws {ConditionalCheckFailedError} if the condition fails or a non-idempotent delete finds no item.
   */
  async delete(pk: PartitionKey, sk: SortKey, options?: DeleteOptions): Promise<void> {
    const input = this.requests.delete(pk, sk, options);
    await this.runner.run({
      operation: `delete of ${describeKey(pk, sk)}`,
      command: 'DeleteItem',
      input,
      send: () => this.client.send(new DeleteCommand(input)),
    });
  }

  /**
   * Reads every item whose partition key is `pk` and whose sort key starts with `prefix`,
   * following pages until all are read or `limit` is reached. By default only the index's
   * sort key attribute is read, without its prefix: `[{ PK: 'alice' }, { PK: 'bob' }]`.
   */
  async queryPrefix(
    pk: PartitionKey,
    prefix: PrefixSortKey,
    options: QueryPrefixOptions = {},
  ): Promise<Item[]> {
    return query(this, pk, prefixQueryOptions(this.config, prefix, options));
  }

  /**
   * Reads the items of the partition `pk` (on the table or `globalIndex`) that match the
   * sort key condition and filter, following pages (from `cursor` if given) until all are
   * read or `limit` is reached.
   */
  query(pk: PartitionKey, options?: QueryPageOptions): Promise<Item[]> {
    return query(this, pk, options);
  }

  /**
   * The pages of a query, one DynamoDB page at a time; each page's `cursor` resumes after it.
   * @throws {InvalidCursorError} (when called) for a cursor that is not one of this query's.
   */
  queryPages(pk: PartitionKey, options?: QueryPageOptions): AsyncIterable<QueryPage> {
    return queryPages(this, pk, options);
  }

  /** The items of a query, read one page at a time as they are iterated. */
  queryItems(pk: PartitionKey, options?: QueryPageOptions): AsyncIterable<Item> {
    return queryItems(this, pk, options);
  }

  /**
   * One page of a query (one request), for web APIs: pass its `cursor` back to get the next.
   * With a filter a page may hold fewer than `pageSize` items, even none, yet have a cursor.
   * @throws {InvalidCursorError} for a cursor that is not one of this query's.
   */
  queryPage(pk: PartitionKey, options?: QueryPageOptions): Promise<QueryPage> {
    return queryPage(this, pk, options);
  }

  /** Every item of the table or `globalIndex`, read as iterated; `segments` scans in parallel. */
  scan(options?: ScanOptions): AsyncIterable<Item> {
    return scan(this, options);
  }

  /** The pages of a scan, as they come from each segment. */
  scanPages(options?: ScanOptions): AsyncIterable<ScanPage> {
    return scanPages(this, options);
  }

  /**
   * Applies up to 100 writes and condition checks atomically: all or none.
   * @throws {TransactionCanceledError} with one reason per argument if DynamoDB cancels it.
   */
  async transactWriteItems(
    args: readonly TransactWriteArg[],
    options?: TransactWriteOptions,
  ): Promise<TransactWriteResult> {
    const input = this.requests.transactWriteItems(args, options);
    await this.runner.run({
      operation: `transaction of ${args.length} actions`,
      command: 'TransactWriteItems',
      input,
      send: () => this.client.send(new TransactWriteCommand(input)),
      transactionArguments: args,
    });
    return { clientRequestToken: input.ClientRequestToken };
  }

  /**
   * Reads 1 to 100 items in one consistent snapshot. Returns one entry per key, in order:
   * the item, or `undefined` if there is none.
   * @throws {ValidationError} for no keys, more than 100, or a key named twice, before sending.
   * @throws {TransactionCanceledError} if DynamoDB cancels the read (e.g. a conflicting write).
   */
  transactGetItems(keys: readonly TransactGetKey[]): Promise<(Item | undefined)[]> {
    return transactGetItems(this, keys);
  }

  /**
   * Applies many `BatchPut`s and `BatchDelete`s, 25 per request, `concurrency` requests at
   * a time, re-sending unprocessed and throttled writes with backoff. Not atomic.
   * @throws {ValidationError} for two writes on one item, before sending.
   * @throws {BatchWriteError} naming exactly the writes not applied.
   */
  batchWrite(
    requests: readonly BatchWriteRequest[],
    options?: BatchWriteOptions,
  ): Promise<BatchWriteResult> {
    return batchWrite(this, requests, options);
  }

  /**
   * Reads many items, 100 keys per request, re-sending unprocessed and throttled keys with
   * backoff. Returns one entry per key, in order: the item, or `undefined` if there is none.
   * @throws {ValidationError} for a key named twice, before sending.
   * @throws {BatchGetError} naming exactly the keys not read.
   */
  batchGet(keys: readonly BatchGetKey[], options?: BatchGetOptions): Promise<(Item | undefined)[]> {
    return batchGet(this, keys, options);
  }

  /** An item as callers see it: key attributes without entity prefixes. */
  decodeItem(item: Item): Item {
    return stripKeyPrefixes(item, this.config.keyAttributes);
  }
}
