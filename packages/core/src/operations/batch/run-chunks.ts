import { ValidationError } from '../../errors/validation-error.js';
import type { Backoff } from './backoff.js';
import type { BatchProgress } from './batch-options.js';
import { type SendEntries, sendChunk } from './send-chunk.js';

/** How to run a batch's chunks. */
export interface RunChunksOptions {
  /** Chunks sent at the same time; 4 by default. */
  readonly concurrency?: number;
  readonly backoff: Backoff;
  readonly onProgress?: (progress: BatchProgress) => void;
}

/** What became of a batch: every entry is in exactly one of the two lists, in input order. */
export interface BatchOutcome<Entry> {
  readonly processed: Entry[];
  readonly unprocessed: Entry[];
  /** The first error a chunk gave up on, if any. */
  readonly error: unknown;
  /** Requests sent. */
  readonly requests: number;
  /** Requests that re-sent a chunk or part of it. */
  readonly retries: number;
}

/** DynamoDB's batch requests that run at once by default. */
export const DEFAULT_BATCH_CONCURRENCY = 4;

/** @throws {ValidationError} unless `concurrency` is a positive integer. */
export function checkConcurrency(concurrency: number | undefined): number {
  const value = concurrency ?? DEFAULT_BATCH_CONCURRENCY;
  if (!Number.isInteger(value) || value <= 0) {
    throw new ValidationError(`concurrency must be a positive integer; got ${String(value)}.`);
  }
  return value;
}

/**
 * Sends the chunks, at most `concurrency` at a time. Once a chunk gives up on entries, no
 * new chunk starts; chunks in flight finish, so the outcome names exactly what was done.
 */
export async function runChunks<Entry>(
  chunks: readonly (readonly Entry[])[],
  send: SendEntries<Entry>,
  options: RunChunksOptions,
): Promise<BatchOutcome<Entry>> {
  const total = chunks.reduce((sum, entries) => sum + entries.length, 0);
  const done = new Set<Entry>();
  let given = 0;
  let requests = 0;
  let error: unknown;
  let failed = false;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!failed && next < chunks.length) {
      const entries = chunks[next++] as readonly Entry[];
      const outcome = await sendChunk(entries, send, options.backoff, () => failed);
      for (const entry of outcome.processed) done.add(entry);
      requests += outcome.requests;
      if (outcome.unprocessed.length > 0) {
        given += outcome.unprocessed.length;
        if (error === undefined) error = outcome.error;
        failed = true;
      }
      report(options.onProgress, { processed: done.size, total, given });
    }
  };
  const workers = Math.min(checkConcurrency(options.concurrency), chunks.length);
  await Promise.all(Array.from({ length: workers }, worker));
  const all = chunks.flat();
  return {
    processed: all.filter((entry) => done.has(entry)),
    unprocessed: all.filter((entry) => !done.has(entry)),
    error,
    requests,
    retries: requests - next,
  };
}

function report(
  onProgress: ((progress: BatchProgress) => void) | undefined,
  counts: { processed: number; total: number; given: number },
): void {
  if (onProgress === undefined) return;
  const { processed, total, given } = counts;
  try {
    onProgress(given === 0 ? { processed, total } : { processed, total, unprocessed: given });
  } catch {
    // A failing progress callback must not lose track of what was written.
  }
}
