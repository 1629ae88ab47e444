export type { PutOptions } from './put/put-options.js';
export type { GetOptions } from './get/get-options.js';
export type { UpdateOptions, UpdateReturnValues } from './update/update-options.js';
export type { DeleteOptions } from './delete/delete-options.js';
export type { QueryPrefixOptions } from './query/query-prefix-options.js';
export type { PageRequest } from './pages/page-request.js';
export type { QueryPage } from './query/query-page.js';
export type { QueryOptions, QueryPageOptions } from './query/query-options.js';
export { SortKeyCondition, type SortKeyConditionKind } from './query/sort-key-condition.js';
export { CursorCodec, CURSOR_VERSION } from './cursor/cursor-codec.js';
export { type CursorScope, queryCursorScope } from './cursor/cursor-scope.js';
export type { ScanOptions } from './scan/scan-options.js';
export type { ScanPage } from './scan/scan-page.js';
export { MAX_SCAN_SEGMENTS } from './scan/scan-input.js';
export type { TransactGetKey } from './transact-get/transact-get-key.js';
export { MAX_TRANSACT_GET_ITEMS } from './transact-get/transact-get-input.js';
export {
  TransactWriteArg,
  type TransactWriteAction,
  type TransactWriteItemInput,
  type SizedTransactItem,
} from './transact-write/transact-write-arg.js';
export { InsertArg } from './transact-write/insert-arg.js';
export { PutArg } from './transact-write/put-arg.js';
export { UpdateArg } from './transact-write/update-arg.js';
export { DeleteArg } from './transact-write/delete-arg.js';
export { ConditionCheckArg } from './transact-write/condition-check-arg.js';
export type {
  TransactWriteOptions,
  TransactWriteResult,
} from './transact-write/transact-write-options.js';
export {
  MAX_TRANSACTION_ACTIONS,
  MAX_TRANSACTION_BYTES,
} from './transact-write/transact-write-input.js';
export {
  BatchWriteRequest,
  type BatchWriteAction,
  type BatchWriteRequestInput,
} from './batch-write/batch-write-request.js';
export { BatchPut } from './batch-write/batch-put.js';
export { BatchDelete } from './batch-write/batch-delete.js';
export type { BatchWriteOptions, BatchWriteResult } from './batch-write/batch-write-options.js';
export { MAX_BATCH_WRITE_REQUESTS } from './batch-write/batch-write-input.js';
export type { BatchGetKey } from './batch-get/batch-get-key.js';
export type { BatchGetOptions } from './batch-get/batch-get-options.js';
export { MAX_BATCH_GET_KEYS } from './batch-get/batch-get-input.js';
export type { BatchOptions, BatchProgress } from './batch/batch-options.js';
export type { BackoffClock, RetryOptions } from './batch/backoff.js';
export { insertItem, insertItemRequest } from './put/insert-item.js';
export { putItem, putItemRequest } from './put/put-item.js';
export { getItem, getItemRequest } from './get/get-item.js';
export { updateItem, updateItemRequest } from './update/update-item.js';
export { deleteItem, deleteItemRequest } from './delete/delete-item.js';
export { query, queryItems, queryPage, queryPages, queryRequest } from './query/query.js';
export { queryPrefix, queryPrefixRequest } from './query/query-prefix.js';
export { scan, scanPages, scanRequest } from './scan/scan.js';
export {
  transactWriteItems,
  transactWriteItemsRequest,
} from './transact-write/transact-write-items.js';
export { transactGetItems, transactGetItemsRequest } from './transact-get/transact-get.js';
export { batchWrite, batchWriteRequests } from './batch-write/batch-write.js';
export { batchGet, batchGetRequests } from './batch-get/batch-get.js';
