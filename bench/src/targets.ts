/** A target: the issue's, and the one in force (raised where we beat the issue's by a margin). */
export interface Target {
  /** What the issue asks for. */
  readonly issue: number;
  /** The target checked now: the issue's, or a stricter one we have earned. */
  readonly current: number;
  /** Whether a larger measure is better (throughput ratios) or a smaller one (times, sizes). */
  readonly better: 'higher' | 'lower';
}

/** Whether `value` meets the target in force. */
export function meets(target: Target, value: number): boolean {
  return target.better === 'higher' ? value >= target.current : value <= target.current;
}

/** `>= 0.90` or `<= 8 ms`, with the issue's figure when the target was raised. */
export function describeTarget(target: Target, format: (value: number) => string): string {
  const sign = target.better === 'higher' ? '>=' : '<=';
  const raised = target.current === target.issue ? '' : ` (raised from ${format(target.issue)})`;
  return `${sign} ${format(target.current)}${raised}`;
}

/** Core API throughput over raw, per CPU-per-call operation. */
export const CORE_CPU_TARGET: Target = { issue: 0.9, current: 0.9, better: 'higher' };

/** Decorators API throughput over raw, per CPU-per-call operation. */
export const DECORATORS_CPU_TARGET: Target = { issue: 0.8, current: 0.8, better: 'higher' };

/** End to end: our time over the hand-written raw loop's (the issue sets it for the batch write). */
export const END_TO_END_TARGET: Target = { issue: 1.05, current: 1.05, better: 'lower' };

/**
 * Cold start added over the raw SDK program, in ms. Core's was raised to 6: counted in
 * instructions it adds ~4.3 ms installed and ~2.9 ms bundled (session 4). Core + decorators'
 * was raised to 13: it added 10.4–11.8 ms (est., installed or bundled) in five full runs.
 */
export const CORE_COLD_START_TARGET: Target = { issue: 8, current: 6, better: 'lower' };
export const DECORATORS_COLD_START_TARGET: Target = { issue: 15, current: 13, better: 'lower' };

/**
 * Minified bundle of the core put program (SDK external), in KB, checked on the program that
 * builds its put with `BareTable` and `insertItemRequest` (~16 KB: raised from the issue's 30).
 * The `Table` program keeps every operation (`Table` references them all) and is reported
 * without a target.
 */
export const CORE_BUNDLE_TARGET: Target = { issue: 30, current: 20, better: 'lower' };

/**
 * Peak RSS growth of the largest streaming iteration (50,000 items) over the smallest (5,000):
 * the issue says it must not grow with the item count; the figure is ours.
 */
export const STREAMING_GROWTH_TARGET: Target = { issue: 1.25, current: 1.25, better: 'lower' };

/** The in-memory DynamoDB's start, from creating it to its first answer, in ms. */
export const IN_MEMORY_START_TARGET: Target = { issue: 50, current: 50, better: 'lower' };

/** How many times faster per request than DynamoDB Local over loopback the in-memory DynamoDB is. */
export const IN_MEMORY_SPEEDUP_TARGET: Target = { issue: 20, current: 20, better: 'higher' };
