import type { Item } from '../items/item.js';
import type { BatchGetKey } from '../operations/batch-get/batch-get-key.js';
import { DokklibError, type DokklibErrorOptions } from './dokklib-error.js';

/** A key `batchGet` read, and its item (`undefined` if there is none). */
export interface BatchGetRead {
  readonly key: BatchGetKey;
  readonly item: Item | undefined;
}

/** Options of a {@link BatchGetError}. */
export interface BatchGetErrorOptions extends DokklibErrorOptions {
  /** The caller's keys that were not read, in call order. */
  readonly unprocessed: readonly BatchGetKey[];
  /** The keys that were read, with their items, in call order. */
  readonly processed: readonly BatchGetRead[];
}

/**
 * `batchGet` could not read every key: retries ran out on unprocessed or throttled keys,
 * or a request failed. `unprocessed` holds the caller's own key objects; `processed` the
 * keys read so far with their items. `cause` is the error that stopped it, if a request failed.
 */
export class BatchGetError extends DokklibError {
  readonly code = 'dynamodb.batchGetIncomplete';
  /** The keys that were not read, in call order. */
  readonly unprocessed: readonly BatchGetKey[];
  /** The keys read so far with their items, in call order. */
  readonly processed: readonly BatchGetRead[];

  constructor(message: string, options: BatchGetErrorOptions) {
    super(message, options);
    this.unprocessed = options.unprocessed;
    this.processed = options.processed;
  }
}
