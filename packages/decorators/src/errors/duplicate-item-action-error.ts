import { ValidationError } from '@dokklib/core';

/** Two actions of one unit of work touch the same item, which DynamoDB refuses in a transaction. */
export class DuplicateItemActionError extends ValidationError {
  override readonly code: string = 'transaction.duplicateItemAction';
}
