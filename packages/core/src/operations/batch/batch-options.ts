import type { OptionShape } from '../check-options.js';
import type { RetryOptions } from './backoff.js';

/** How far a batch operation has got, told after each chunk completes. */
export interface BatchProgress {
  /** Requests (or keys) processed so far. */
  readonly processed: number;
  /** Requests (or keys) in the call. */
  readonly total: number;
  /** Requests (or keys) given up on so far; present once there are some. */
  readonly unprocessed?: number;
}

/** Options shared by `Table.batchWrite` and `Table.batchGet`. */
export interface BatchOptions {
  /** Chunks sent at the same time; 4 by default. */
  readonly concurrency?: number;
  /** How unprocessed items and throttled chunks are retried. */
  readonly retry?: RetryOptions;
  /** Called after each chunk completes; errors it throws are ignored. */
  readonly onProgress?: (progress: BatchProgress) => void;
}

/** What each option of {@link BatchOptions} must be, checked at run time (others where used). */
export const BATCH_OPTION_SHAPE: OptionShape = { retry: 'record', onProgress: 'function' };
