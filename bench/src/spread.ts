import { median } from './measure.js';

/** A median and the range of the values it was taken over. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** The median, min and max of the values. */
export function spreadOf(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** `0.95 (0.91–0.99)`, or `0.95` when every round gave the same. */
export function formatSpread(spread: Spread, digits = 2): string {
  const m = spread.median.toFixed(digits);
  if (spread.min === spread.max) return m;
  return `${m} (${spread.min.toFixed(digits)}–${spread.max.toFixed(digits)})`;
}
