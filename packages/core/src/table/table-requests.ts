import type {
  BatchGetCommandInput,
  BatchWriteCommandInput,
  DeleteCommandInput,
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  ScanCommandInput,
  TransactGetCommandInput,
  TransactWriteCommandInput,
  UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { UpdateChanges } from '../expressions/update-changes.js';
import type { Attributes } from '../items/item.js';
import type { PartitionKey } from '../keys/partition-key.js';
import type { PrefixSortKey } from '../keys/prefix-sort-key.js';
import type { SortKey } from '../keys/sort-key.js';
import { batchGetRequests } from '../operations/batch-get/batch-get.js';
import type { BatchGetKey } from '../operations/batch-get/batch-get-key.js';
import type { BatchGetOptions } from '../operations/batch-get/batch-get-options.js';
import { batchWriteRequests } from '../operations/batch-write/batch-write.js';
import type { BatchWriteRequest } from '../operations/batch-write/batch-write-request.js';
import { deleteItemRequest } from '../operations/delete/delete-item.js';
import type { DeleteOptions } from '../operations/delete/delete-options.js';
import { getItemRequest } from '../operations/get/get-item.js';
import type { GetOptions } from '../operations/get/get-options.js';
import type { PageRequest } from '../operations/pages/page-request.js';
import { insertItemRequest } from '../operations/put/insert-item.js';
import { putItemRequest } from '../operations/put/put-item.js';
import type { PutOptions } from '../operations/put/put-options.js';
import { queryRequest } from '../operations/query/query.js';
import type { QueryPageOptions } from '../operations/query/query-options.js';
import { queryPrefixRequest } from '../operations/query/query-prefix.js';
import type { QueryPrefixOptions } from '../operations/query/query-prefix-options.js';
import { scanRequest } from '../operations/scan/scan.js';
import type { ScanOptions } from '../operations/scan/scan-options.js';
import { transactGetItemsRequest } from '../operations/transact-get/transact-get.js';
import type { TransactGetKey } from '../operations/transact-get/transact-get-key.js';
import type { TransactWriteArg } from '../operations/transact-write/transact-write-arg.js';
import { transactWriteItemsRequest } from '../operations/transact-write/transact-write-items.js';
import type { TransactWriteOptions } from '../operations/transact-write/transact-write-options.js';
import { updateItemRequest } from '../operations/update/update-item.js';
import type { UpdateOptions } from '../operations/update/update-options.js';
import type { TableLayout } from './bare-table.js';
import type { TableConfig } from './table-config.js';

/**
 * Builds the exact SDK input of each `Table` operation without sending it, for
 * debugging, logging and tests. Input errors are thrown here, as the operation would.
 * The same as the `…Request` functions (`insertItemRequest(table, …)`…), as methods.
 */
export class TableRequests {
  private readonly table: TableLayout;

  constructor(config: TableConfig) {
    this.table = { config };
  }

  /** The `PutItem` input of `Table.insert`. */
  insert(pk: PartitionKey, sk: SortKey, attributes?: Attributes): PutCommandInput {
    return insertItemRequest(this.table, pk, sk, attributes);
  }

  /** The `PutItem` input of `Table.put`. */
  put(
    pk: PartitionKey,
    sk: SortKey,
    attributes?: Attributes,
    options?: PutOptions,
  ): PutCommandInput {
    return putItemRequest(this.table, pk, sk, attributes, options);
  }

  /** The `GetItem` input of `Table.get`. */
  get(pk: PartitionKey, sk: SortKey, options?: GetOptions): GetCommandInput {
    return getItemRequest(this.table, pk, sk, options);
  }

  /** The `UpdateItem` input of `Table.update`. */
  update(
    pk: PartitionKey,
    sk: SortKey,
    changes: UpdateChanges,
    options?: UpdateOptions,
  ): UpdateCommandInput {
    return updateItemRequest(this.table, pk, sk, changes, options);
  }

  /** The `DeleteItem` input of `Table.delete`. */
  delete(pk: PartitionKey, sk: SortKey, options?: DeleteOptions): DeleteCommandInput {
    return deleteItemRequest(this.table, pk, sk, options);
  }

  /** The `Query` input of one page of `Table.queryPrefix` (the first page by default). */
  queryPrefix(
    pk: PartitionKey,
    prefix: PrefixSortKey,
    options?: QueryPrefixOptions,
    page?: PageRequest,
  ): QueryCommandInput {
    return queryPrefixRequest(this.table, pk, prefix, options, page);
  }

  /** The `Query` input of the first page of `Table.query` (or the page after `options.cursor`). */
  query(pk: PartitionKey, options?: QueryPageOptions): QueryCommandInput {
    return queryRequest(this.table, pk, options);
  }

  /** The `Scan` input of the first page of one segment (`0` by default) of `Table.scan`. */
  scan(options?: ScanOptions, segment?: number): ScanCommandInput {
    return scanRequest(this.table, options, segment);
  }

  /** The `TransactGetItems` input of `Table.transactGetItems`. */
  transactGetItems(keys: readonly TransactGetKey[]): TransactGetCommandInput {
    return transactGetItemsRequest(this.table, keys);
  }

  /** The `TransactWriteItems` input of `Table.transactWriteItems`. */
  transactWriteItems(
    args: readonly TransactWriteArg[],
    options?: TransactWriteOptions,
  ): TransactWriteCommandInput & { ClientRequestToken: string } {
    return transactWriteItemsRequest(this.table, args, options);
  }

  /** The `BatchWriteItem` inputs of `Table.batchWrite`: 25 writes each, before any retry. */
  batchWrite(requests: readonly BatchWriteRequest[]): BatchWriteCommandInput[] {
    return batchWriteRequests(this.table, requests);
  }

  /** The `BatchGetItem` inputs of `Table.batchGet`: 100 keys each, before any retry. */
  batchGet(keys: readonly BatchGetKey[], options?: BatchGetOptions): BatchGetCommandInput[] {
    return batchGetRequests(this.table, keys, options);
  }
}
