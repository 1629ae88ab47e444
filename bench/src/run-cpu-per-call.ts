import type { CpuPerCallCase } from './cpu-per-call-cases.js';
import { type SampleBudget, measureOpsPerSec, median } from './measure.js';

/** Core's throughput must be at least this fraction of the raw client's. */
export const CORE_TARGET_RATIO = 0.9;

/** How long and how often to measure. */
export interface CpuPerCallSettings {
  /** Interleaved rounds; each measures raw and core once per operation. */
  readonly rounds: number;
  /** Calls per side before the first round, to warm the JIT. */
  readonly warmupCalls: number;
  /** One side's sample within a round. */
  readonly sample: SampleBudget;
}

/** The full run: 7 rounds of ~0.4 s per side and operation (~30 s). */
export const FULL_SETTINGS: CpuPerCallSettings = {
  rounds: 7,
  warmupCalls: 500,
  sample: { minMs: 400, minCalls: 20 },
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
  readonly coreOpsPerSec: number;
  /** `coreOpsPerSec / rawOpsPerSec`, the median of the per-round ratios. */
  readonly ratio: number;
  readonly target: number;
  readonly pass: boolean;
}

/**
 * Measures every case, raw and core interleaved: each round measures each operation's
 * two sides back to back, alternating which goes first, so drift hits both alike.
 */
export async function runCpuPerCall(
  cases: readonly CpuPerCallCase[],
  settings: CpuPerCallSettings,
): Promise<CpuPerCallResult[]> {
  for (const c of cases) {
    for (let i = 0; i < settings.warmupCalls; i += 1) {
      await c.raw();
      await c.core();
    }
  }
  const samples = cases.map(() => ({ raw: [] as number[], core: [] as number[] }));
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const [index, c] of cases.entries()) {
      const sides = round % 2 === 0 ? (['raw', 'core'] as const) : (['core', 'raw'] as const);
      for (const side of sides) {
        samples[index][side].push(await measureOpsPerSec(c[side], settings.sample));
      }
    }
  }
  return cases.map((c, index) => result(c.name, samples[index].raw, samples[index].core));
}

function result(name: string, raw: number[], core: number[]): CpuPerCallResult {
  const ratio = median(core.map((value, round) => value / raw[round]));
  return {
    name,
    rawOpsPerSec: median(raw),
    coreOpsPerSec: median(core),
    ratio,
    target: CORE_TARGET_RATIO,
    pass: ratio >= CORE_TARGET_RATIO,
  };
}
