/** How long to run one side of one operation in one round. */
export interface SampleBudget {
  /** Stop once at least this many milliseconds have passed… */
  readonly minMs: number;
  /** …and at least this many calls were made. */
  readonly minCalls: number;
}

/** Calls made in one batch between clock reads. */
const BATCH = 20;

/**
 * Throughput of `call` run one call at a time (each awaited), in calls per second.
 * Runs whole batches until the budget is spent.
 */
export async function measureOpsPerSec(
  call: () => Promise<unknown>,
  budget: SampleBudget,
): Promise<number> {
  let calls = 0;
  const started = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < budget.minMs || calls < budget.minCalls) {
    for (let i = 0; i < BATCH; i += 1) await call();
    calls += BATCH;
    elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  }
  return (calls * 1000) / elapsedMs;
}

/** The median of the values (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no values is undefined.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
