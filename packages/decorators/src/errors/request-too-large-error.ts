import { ValidationError } from '@dokklib/core';

/** A transaction request would be over DynamoDB's 4 MB limit. Commit in parts. */
export class RequestTooLargeError extends ValidationError {
  override readonly code: string = 'transaction.requestTooLarge';
}
