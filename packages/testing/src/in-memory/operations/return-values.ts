import { validationError } from '../errors/simulation-errors.js';

/** What `ReturnValues` PutItem and DeleteItem take. */
export const RETURN_OLD_VALUES = ['NONE', 'ALL_OLD'];
/** What `ReturnValues` UpdateItem takes. */
export const RETURN_UPDATE_VALUES = ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'];

/** Checks `ReturnValues` against what the operation takes, as DynamoDB Local words a refusal. */
export function checkReturnValues(value: string | undefined, allowed: readonly string[]): void {
  if (value !== undefined && !allowed.includes(value)) {
    throw validationError('Return values set to invalid value');
  }
}
