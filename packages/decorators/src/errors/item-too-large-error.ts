import { ValidationError } from '@dokklib/core';

/** An item would be over DynamoDB's 400 KB item limit. */
export class ItemTooLargeError extends ValidationError {
  override readonly code: string = 'transaction.itemTooLarge';
}
