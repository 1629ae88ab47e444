export { DokklibError, type DokklibErrorOptions } from './dokklib-error.js';
export { ValidationError } from './validation-error.js';
export { InvalidKeyError } from './invalid-key-error.js';
export { UnsupportedValueError } from './unsupported-value-error.js';
export { InvalidCursorError } from './invalid-cursor-error.js';
export { ItemTooLargeError } from './item-too-large-error.js';
export { RequestTooLargeError } from './request-too-large-error.js';
export {
  ConditionalCheckFailedError,
  type ConditionalCheckFailedErrorOptions,
} from './conditional-check-failed-error.js';
export { TransactionCanceledError, type CancellationReason } from './transaction-canceled-error.js';
export { TransactionConflictError } from './transaction-conflict-error.js';
export { CapacityError } from './capacity-error.js';
export { DynamoDBError } from './dynamodb-error.js';
export { mapSdkError, type SdkErrorContext } from './map-sdk-error.js';
export { BatchWriteError, type BatchWriteErrorOptions } from './batch-write-error.js';
export { BatchGetError, type BatchGetRead, type BatchGetErrorOptions } from './batch-get-error.js';
