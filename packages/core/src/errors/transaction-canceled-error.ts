import type { Item } from '../items/item.js';
import { DokklibError, type DokklibErrorOptions } from './dokklib-error.js';

/** Why DynamoDB cancelled one action of a transaction. */
export interface CancellationReason<Argument = unknown> {
  /** Position of the action in the request. */
  readonly index: number;
  /** DynamoDB's reason code: `'ConditionalCheckFailed'`, `'TransactionConflict'`, `'None'`… */
  readonly code: string;
  /** DynamoDB's message for this action, if any. */
  readonly message: string | undefined;
  /** The item as stored when the condition failed (key prefixes stripped), if returned. */
  readonly item: Item | undefined;
  /** The argument the caller gave for this action. */
  readonly argument: Argument | undefined;
}

/**
 * DynamoDB cancelled a transaction; nothing in it was applied.
 *
 * `reasons` has one entry per action, in request order; actions that did not cause the
 * cancellation have the code `'None'`. `failedReasons` keeps only those that did.
 */
export class TransactionCanceledError<Argument = unknown> extends DokklibError {
  readonly code = 'dynamodb.transactionCanceled';
  /** One reason per action, in request order. */
  readonly reasons: readonly CancellationReason<Argument>[];

  constructor(
    message: string,
    reasons: readonly CancellationReason<Argument>[],
    options?: DokklibErrorOptions,
  ) {
    super(message, options);
    this.reasons = reasons;
  }

  /** The reasons of the actions that caused the cancellation. */
  get failedReasons(): CancellationReason<Argument>[] {
    return this.reasons.filter((reason) => reason.code !== 'None');
  }
}
