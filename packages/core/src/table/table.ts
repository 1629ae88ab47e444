import type { UpdateChanges } from '../expressions/update-changes.js';
import type { Attributes, Item } from '../items/item.js';
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
import { deleteItem } from '../operations/delete/delete-item.js';
import type { DeleteOptions } from '../operations/delete/delete-options.js';
import { getItem } from '../operations/get/get-item.js';
import type { GetOptions } from '../operations/get/get-options.js';
import { insertItem } from '../operations/put/insert-item.js';
import { putItem } from '../operations/put/put-item.js';
import type { PutOptions } from '../operations/put/put-options.js';
import { query, queryItems, queryPage, queryPages } from '../operations/query/query.js';
import type { QueryPageOptions } from '../operations/query/query-options.js';
import type { QueryPage } from '../operations/query/query-page.js';
import { queryPrefix } from '../operations/query/query-prefix.js';
import type { QueryPrefixOptions } from '../operations/query/query-prefix-options.js';
import { scan, scanPages } from '../operations/scan/scan.js';
import type { ScanOptions } from '../operations/scan/scan-options.js';
import type { ScanPage } from '../operations/scan/scan-page.js';
import { transactGetItems } from '../operations/transact-get/transact-get.js';
import type { TransactGetKey } from '../operations/transact-get/transact-get-key.js';
import type { TransactWriteArg } from '../operations/transact-write/transact-write-arg.js';
import { transactWriteItems } from '../operations/transact-write/transact-write-items.js';
import type {
  TransactWriteOptions,
  TransactWriteResult,
} from '../operations/transact-write/transact-write-options.js';
import { updateItem } from '../operations/update/update-item.js';
import type { UpdateOptions } from '../operations/update/update-options.js';
import { BareTable } from './bare-table.js';
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
export class Table extends BareTable {
  /** Builds each operation's SDK input without sending it. */
  readonly requests: TableRequests;

  constructor(tableName: string, options: TableOptions) {
    super(tableName, options);
    this.requests = new TableRequests(this.config);
  }

  /**
   * Writes a new item.
   * @throws {ConditionalCheckFailedError} if an item with this key exists.
   */
  insert(pk: PartitionKey, sk: SortKey, attributes?: Attributes): Promise<void> {
    return insertItem(this, pk, sk, attributes);
  }

  /** Writes an item, replacing any item with the same key unless `allowOverwrite` is `false`. */
  put(pk: PartitionKey, sk: SortKey, attributes?: Attributes, options?: PutOptions): Promise<void> {
    return putItem(this, pk, sk, attributes, options);
  }

  /** Reads one item, or `undefined` if there is none. Key attributes come back without prefixes. */
  get(pk: PartitionKey, sk: SortKey, options?: GetOptions): Promise<Item | undefined> {
    return getItem(this, pk, sk, options);
  }

  /**
   * Changes attributes of an item (creating it unless `mustExist`), and returns what
   * `returnValues` asks for.
   * @throws {ConditionalCheckFailedError} if the condition or `mustExist` fails.
   */
  update(
    pk: PartitionKey,
    sk: SortKey,
    changes: UpdateChanges,
    options?: UpdateOptions,
  ): Promise<Item | undefined> {
    return updateItem(this, pk, sk, changes, options);
  }

  /**
   * Deletes an item. Deleting a missing item succeeds unless `idempotent` is `false`.
   * @throws {ConditionalCheckFailedError} if the condition fails or a non-idempotent delete finds no item.
   */
  delete(pk: PartitionKey, sk: SortKey, options?: DeleteOptions): Promise<void> {
    return deleteItem(this, pk, sk, options);
  }

  /**
   * Reads every item whose partition key is `pk` and whose sort key starts with `prefix`,
   * following pages until all are read or `limit` is reached. By default only the index's
   * sort key attribute is read, without its prefix: `[{ PK: 'alice' }, { PK: 'bob' }]`.
   */
  queryPrefix(
    pk: PartitionKey,
    prefix: PrefixSortKey,
    options?: QueryPrefixOptions,
  ): Promise<Item[]> {
    return queryPrefix(this, pk, prefix, options);
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
  transactWriteItems(
    args: readonly TransactWriteArg[],
    options?: TransactWriteOptions,
  ): Promise<TransactWriteResult> {
    return transactWriteItems(this, args, options);
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
}
