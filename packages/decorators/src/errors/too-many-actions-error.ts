import { ValidationError } from '@dokklib/core';

/** A unit of work holds more actions than one transaction takes (100). Commit in parts. */
export class TooManyActionsError extends ValidationError {
  override readonly code: string = 'transaction.tooManyActions';
}
