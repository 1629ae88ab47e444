import { DokklibError } from './dokklib-error.js';

/**
 * Another transaction or request was changing the same item at the same time.
 * Safe to retry (with the same client request token for transactions).
 */
export class TransactionConflictError extends DokklibError {
  readonly code = 'dynamodb.transactionConflict';
}
