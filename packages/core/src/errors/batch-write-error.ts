import type { BatchWriteRequest } from '../operations/batch-write/batch-write-request.js';
import { DokklibError, type DokklibErrorOptions } from './dokklib-error.js';

/** Options of a {@link BatchWriteError}. */
export interface BatchWriteErrorOptions extends DokklibErrorOptions {
  /** The caller's writes that were not applied, in call order. */
  readonly unprocessed: readonly BatchWriteRequest[];
  /** The caller's writes that were applied, in call order. */
  readonly processed: readonly BatchWriteRequest[];
}

/**
 * `batchWrite` could not apply every write: retries ran out on unprocessed or throttled
 * writes, or a request failed. `unprocessed` and `processed` are the caller's own request
 * objects; re-send `unprocessed` to finish. `cause` is the error that stopped it, if a
 * request failed. A write in a failed request is listed as unprocessed, though DynamoDB
 * may have applied it if the failure was a lost response.
 */
export class BatchWriteError extends DokklibError {
  readonly code = 'dynamodb.batchWriteIncomplete';
  /** The writes that were not applied, in call order. */
  readonly unprocessed: readonly BatchWriteRequest[];
  /** The writes that were applied, in call order. */
  readonly processed: readonly BatchWriteRequest[];

  constructor(message: string, options: BatchWriteErrorOptions) {
    super(message, options);
    this.unprocessed = options.unprocessed;
    this.processed = options.processed;
  }
}
