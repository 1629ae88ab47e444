import { validationError } from '../errors/simulation-errors.js';

/** The most actions one transaction may hold. */
export const MAX_TRANSACTION_ACTIONS = 100;

/** Checks a transaction's action count. @throws {DynamoDBSimulationError} ValidationException. */
export function checkTransactionSize(count: number): void {
  if (count < 1 || count > MAX_TRANSACTION_ACTIONS) {
    throw validationError(
      `1 validation error detected: Value at 'transactItems' failed to satisfy constraint: Member must have length ${
        count < 1 ? 'greater than or equal to 1' : 'less than or equal to 100'
      }`,
    );
  }
}
