import { DokklibError, type DokklibErrorOptions } from './dokklib-error.js';

/** Any other error from DynamoDB or the AWS SDK; the original is `cause`. */
export class DynamoDBError extends DokklibError {
  readonly code = 'dynamodb.requestFailed';
  /** The SDK error's name, such as `'ResourceNotFoundException'`. */
  readonly sdkErrorName: string;

  constructor(message: string, sdkErrorName: string, options?: DokklibErrorOptions) {
    super(message, options);
    this.sdkErrorName = sdkErrorName;
  }
}
