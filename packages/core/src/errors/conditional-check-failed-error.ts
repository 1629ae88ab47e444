import type { Item } from '../items/item.js';
import { DokklibError, type DokklibErrorOptions } from './dokklib-error.js';

/** Options of a {@link ConditionalCheckFailedError}. */
export interface ConditionalCheckFailedErrorOptions extends DokklibErrorOptions {
  /** The item as it is stored now, when DynamoDB returned it. */
  item?: Item;
}

/**
 * A write's condition was false: e.g. `insert` of an item that exists, or `delete` with
 * `idempotent: false` of an item that does not.
 */
export class ConditionalCheckFailedError extends DokklibError {
  readonly code = 'dynamodb.conditionalCheckFailed';
  /** The item as it is stored now (key prefixes stripped), if it exists. */
  readonly item: Item | undefined;

  constructor(message: string, options: ConditionalCheckFailedErrorOptions = {}) {
    super(message, options);
    this.item = options.item;
  }
}
