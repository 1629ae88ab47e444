import { CapacityError } from '../../errors/capacity-error.js';
import type { Backoff } from './backoff.js';

/** Sends entries in one request and returns those DynamoDB left unprocessed. */
export type SendEntries<Entry> = (entries: readonly Entry[]) => Promise<readonly Entry[]>;

/** What became of one chunk. */
export interface ChunkOutcome<Entry> {
  /** Entries DynamoDB processed. */
  readonly processed: readonly Entry[];
  /** Entries given up on: retries ran out, a request failed, or the batch stopped. */
  readonly unprocessed: readonly Entry[];
  /** The error of the last request, if it failed. */
  readonly error: unknown;
  /** Requests sent for the chunk. */
  readonly requests: number;
}

/**
 * Sends one chunk, re-sending what DynamoDB leaves unprocessed and retrying chunks refused
 * for lack of capacity, with backoff, up to `backoff.maxAttempts` requests. Stops early,
 * without losing track of anything, when `stopped()` turns true. Never throws.
 */
export async function sendChunk<Entry>(
  entries: readonly Entry[],
  send: SendEntries<Entry>,
  backoff: Backoff,
  stopped: () => boolean,
): Promise<ChunkOutcome<Entry>> {
  const processed: Entry[] = [];
  let pending = entries;
  let requests = 0;
  for (;;) {
    if (requests > 0) await backoff.wait(requests);
    requests += 1;
    let error: unknown;
    try {
      const unprocessed = await send(pending);
      if (unprocessed.length === 0) {
        processed.push(...pending);
        pending = [];
      } else {
        const left = new Set(unprocessed);
        processed.push(...pending.filter((entry) => !left.has(entry)));
        pending = pending.filter((entry) => left.has(entry));
      }
    } catch (sendError) {
      error = sendError;
    }
    const retryable = error === undefined || error instanceof CapacityError;
    if (pending.length === 0 || !retryable || requests >= backoff.maxAttempts || stopped()) {
      return { processed, unprocessed: pending, error, requests };
    }
  }
}
