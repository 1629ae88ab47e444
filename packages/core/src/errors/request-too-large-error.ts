import { ValidationError } from './validation-error.js';

/** A request over DynamoDB's size limit (4 MB for a transaction), found before sending. */
export class RequestTooLargeError extends ValidationError {
  override readonly code: string = 'validation.requestTooLarge';
}
