import { validationError } from '../errors/simulation-errors.js';

/** The most actions one transaction may hold. */
export const MAX_TRANSACTION_ACTIONS = 100;

/** Checks a transaction's action count. @throws {DynamoDBSimulationError} ValidationException. */
export function checkTransactionSize(count: number): void {
  if (count < 1 || count > MAX_TRANSACTION_ACTIONS) {
    throw validationError(
      count < 1
        ? "Value [] at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1"
        : 'Member must have length less than or equal to 100',
    );
  }
}
