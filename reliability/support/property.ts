import fc from 'fast-check';
import type { CaseNotes } from './reliability-case.js';

/** Set to replay a failing run: fast-check's failure message gives the seed (and path). */
export const SEED_ENV = 'DOKKLIB_FC_SEED';

/** The seed of this run: `$DOKKLIB_FC_SEED` if set, otherwise a fresh one. */
function runSeed(): number {
  const given = process.env[SEED_ENV];
  return given === undefined || given === ''
    ? Date.now() ^ (Math.random() * 2 ** 31)
    : Number(given);
}

/**
 * Runs a fast-check property with a known seed and notes the seed and number of runs for
 * the report. A failure is rethrown untouched: fast-check's message names the seed, the
 * path and the counterexample.
 */
export async function assertProperty<Ts extends [unknown, ...unknown[]]>(
  notes: CaseNotes,
  property: fc.IAsyncPropertyWithHooks<Ts> | fc.IPropertyWithHooks<Ts>,
  numRuns: number,
): Promise<void> {
  const seed = runSeed();
  notes.seed = seed;
  notes.numRuns = numRuns;
  await fc.assert(property, { seed, numRuns, endOnFailure: false });
}
