import type { CpuPerCallCase } from './cpu-per-call-cases.js';
import { measureOpsPerSec, median, type SampleBudget } from './measure.js';
import { type Spread, spreadOf } from './spread.js';

/** How long and how often to measure. */
export interface CpuPerCallSettings {
  /** Interleaved rounds; each measures raw and ours once per operation. */
  readonly rounds: number;
  /** Calls per side before the first round, to warm the JIT. */
  readonly warmupCalls: number;
  /** One side's sample within a round. */
  readonly sample: SampleBudget;
}

/**
 * The full run: 51 rounds of ~0.25 s of CPU per side and operation (~2.5 min per API). A
 * round's ratio varies by ±0.3 on this shared machine, so at 25 rounds a median still moved
 * by ±0.04 from run to run; twice the rounds narrow that by a factor of √2.
 */
export const FULL_SETTINGS: CpuPerCallSettings = {
  rounds: 51,
  warmupCalls: 1000,
  sample: { minMs: 250, minCalls: 20 },
};

/** The quick run (`BENCH_QUICK=1`): 5 rounds of ~0.15 s. */
export const QUICK_SETTINGS: CpuPerCallSettings = {
  rounds: 5,
  warmupCalls: 300,
  sample: { minMs: 150, minCalls: 20 },
};

/** The smoke run: proves the harness works, measures nothing meaningful. */
export const SMOKE_SETTINGS: CpuPerCallSettings = {
  rounds: 1,
  warmupCalls: 2,
  sample: { minMs: 0, minCalls: 1 },
};

/** One operation's result: medians over the rounds. */
export interface CpuPerCallResult {
  readonly name: string;
  readonly rawOpsPerSec: number;
  readonly oursOpsPerSec: number;
  /** `ours / raw`: the median of the per-round ratios, and their min and max. */
  readonly ratio: Spread;
}

/**
 * Measures every case, raw and ours interleaved: each round measures each operation's
 * two sides back to back, alternating which goes first, so drift hits both alike. No
 * garbage collection is forced between samples: it shrank V8's young generation and made
 * the side that allocates more pay for it (transaction 0.60 with it, 0.81 without).
 */
export async function runCpuPerCall(
  cases: readonly CpuPerCallCase[],
  settings: CpuPerCallSettings,
): Promise<CpuPerCallResult[]> {
  for (const c of cases) {
    for (let i = 0; i < settings.warmupCalls; i += 1) {
      await c.raw();
      await c.ours();
    }
  }
  const samples = cases.map(() => ({ raw: [] as number[], ours: [] as number[] }));
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const [index, c] of cases.entries()) {
      const sides = round % 2 === 0 ? (['raw', 'ours'] as const) : (['ours', 'raw'] as const);
      for (const side of sides) {
        samples[index][side].push(await measureOpsPerSec(c[side], settings.sample));
      }
    }
  }
  return cases.map((c, index) => result(c.name, samples[index].raw, samples[index].ours));
}

function result(name: string, raw: number[], ours: number[]): CpuPerCallResult {
  return {
    name,
    rawOpsPerSec: median(raw),
    oursOpsPerSec: median(ours),
    ratio: spreadOf(ours.map((value, round) => value / raw[round])),
  };
}
