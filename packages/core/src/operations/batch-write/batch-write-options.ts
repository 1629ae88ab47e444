import type { BatchOptions } from '../batch/batch-options.js';

/** Options of `Table.batchWrite`. */
export type BatchWriteOptions = BatchOptions;

/** What `Table.batchWrite` did. */
export interface BatchWriteResult {
  /** `BatchWriteItem` requests sent, retries included. */
  readonly requests: number;
  /** Requests that re-sent unprocessed or throttled writes. */
  readonly retries: number;
}
