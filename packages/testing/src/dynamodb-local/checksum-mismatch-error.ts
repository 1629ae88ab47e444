import { DynamoDBLocalError } from './dynamodb-local-error.js';

/** Thrown when a DynamoDB Local jar does not have the pinned SHA-256 checksum. */
export class ChecksumMismatchError extends DynamoDBLocalError {
  readonly code = 'dynamodbLocal.checksumMismatch';

  constructor(
    /** The file that was checked. */
    readonly file: string,
    /** The pinned checksum. */
    readonly expected: string,
    /** The checksum of the file as found. */
    readonly actual: string,
  ) {
    super(
      `Refusing to run ${file}: its SHA-256 is ${actual}, expected ${expected}. ` +
        'The file is corrupt or not the pinned DynamoDB Local build; delete its folder to ' +
        'download it again.',
    );
  }
}
