import { ValidationError } from './validation-error.js';

/** An item over DynamoDB's 400 KB limit, found before sending. */
export class ItemTooLargeError extends ValidationError {
  override readonly code: string = 'validation.itemTooLarge';
}
