export {
  startDynamoDBLocal,
  type DynamoDBLocal,
  type StartDynamoDBLocalOptions,
} from './start-dynamodb-local.js';
export {
  createDynamoDBLocalClient,
  DYNAMODB_LOCAL_CREDENTIALS,
  DYNAMODB_LOCAL_REGION,
} from './create-dynamodb-local-client.js';
export { ensureDynamoDBLocal } from './ensure-dynamodb-local.js';
export { resolveCacheDir, DYNAMODB_LOCAL_DIR_ENV, type CacheDirEnv } from './resolve-cache-dir.js';
export { DYNAMODB_LOCAL_RELEASE } from './dynamodb-local-release.js';
export { DynamoDBLocalError, type DynamoDBLocalErrorOptions } from './dynamodb-local-error.js';
export { JavaNotFoundError } from './java-not-found-error.js';
export { ChecksumMismatchError } from './checksum-mismatch-error.js';
export { DownloadFailedError } from './download-failed-error.js';
export { StartFailedError, type StartFailureReason } from './start-failed-error.js';
