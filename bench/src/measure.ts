/** How long to run one side of one operation in one round. */
export interface SampleBudget {
  /** Stop once at least this many milliseconds of CPU time were used… */
  readonly minMs: number;
  /** …and at least this many calls were made. */
  readonly minCalls: number;
}

/** Calls made in one batch between clock reads. */
const BATCH = 20;

/** CPU time this process has used (every thread, user and system), in ms. */
export function cpuTimeMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Throughput of `call` run one call at a time (each awaited), in calls per CPU second: the
 * calls never wait (requests are answered from memory), so the CPU time they used is their
 * cost, and unlike wall time it does not count the time other processes held the CPU.
 * Runs whole batches until the budget (in CPU time) is spent.
 */
export async function measureOpsPerSec(
  call: () => Promise<unknown>,
  budget: SampleBudget,
): Promise<number> {
  let calls = 0;
  const started = cpuTimeMs();
  let elapsedMs = 0;
  while (elapsedMs < budget.minMs || calls < budget.minCalls) {
    for (let i = 0; i < BATCH; i += 1) await call();
    calls += BATCH;
    elapsedMs = cpuTimeMs() - started;
  }
  return (calls * 1000) / Math.max(elapsedMs, 0.001);
}

/** The median of the values (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('The median of no values is undefined.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Collects the garbage now if node runs with `--expose-gc`, so no sample pays for another's. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}
