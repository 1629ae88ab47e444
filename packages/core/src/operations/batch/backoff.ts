import { ValidationError } from '../../errors/validation-error.js';

/** How a batch operation retries what DynamoDB did not process or throttled. */
export interface RetryOptions {
  /** Requests per chunk, the first one included; 10 by default. */
  readonly maxAttempts?: number;
  /** The cap of the first retry's delay, doubling with each retry; 50 ms by default. */
  readonly baseDelayMs?: number;
  /** No delay is longer than this; 5000 ms by default. */
  readonly maxDelayMs?: number;
}

/** Where a `Backoff` gets randomness and how it waits; replaced in tests. */
export interface BackoffClock {
  /** A number in `[0, 1)`, like `Math.random`. */
  readonly random: () => number;
  /** Resolves after `ms` milliseconds. */
  readonly sleep: (ms: number) => Promise<void>;
}

/** `Math.random` and `setTimeout`. */
export const systemClock: BackoffClock = {
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Exponential backoff with full jitter: before retry `n` it waits a random time between 0
 * and `min(maxDelayMs, baseDelayMs * 2^(n-1))`.
 * @throws {ValidationError} for options that are not positive numbers (`maxAttempts` an integer).
 */
export class Backoff {
  /** Requests per chunk, the first one included. */
  readonly maxAttempts: number;
  readonly #baseDelayMs: number;
  readonly #maxDelayMs: number;
  readonly #clock: BackoffClock;

  constructor(options: RetryOptions = {}, clock: BackoffClock = systemClock) {
    this.maxAttempts = option(options.maxAttempts, 10, 'maxAttempts', Number.isInteger);
    this.#baseDelayMs = option(options.baseDelayMs, 50, 'baseDelayMs', Number.isFinite);
    this.#maxDelayMs = option(options.maxDelayMs, 5000, 'maxDelayMs', Number.isFinite);
    this.#clock = clock;
  }

  /** The delay before retry `retry` (1 for the first retry), in milliseconds. */
  delay(retry: number): number {
    const cap = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (retry - 1));
    return Math.floor(this.#clock.random() * cap);
  }

  /** Waits before retry `retry`. */
  wait(retry: number): Promise<void> {
    return this.#clock.sleep(this.delay(retry));
  }
}

function option(
  value: number | undefined,
  fallback: number,
  name: string,
  check: (value: number) => boolean,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !check(value) || value <= 0) {
    throw new ValidationError(`retry.${name} must be a positive number; got ${String(value)}.`);
  }
  return value;
}
