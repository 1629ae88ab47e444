export type { PutOptions } from './put/put-options.js';
export type { GetOptions } from './get/get-options.js';
export type { UpdateOptions, UpdateReturnValues } from './update/update-options.js';
export type { DeleteOptions } from './delete/delete-options.js';
export type { QueryPrefixOptions } from './query/query-prefix-options.js';
export type { QueryPage } from './query/query-prefix-input.js';
export {
  TransactWriteArg,
  type TransactWriteAction,
  type TransactWriteItemInput,
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
