import {
  FULL_COLD_START,
  QUICK_COLD_START,
  SMOKE_COLD_START,
} from './cold-start/run-cold-start.js';
import type { ColdStartSettings } from './cold-start/run-cold-start.js';
import {
  type EndToEndSettings,
  FULL_END_TO_END,
  QUICK_END_TO_END,
  SMOKE_END_TO_END,
} from './end-to-end/run-end-to-end.js';
import {
  FULL_IN_MEMORY,
  type InMemorySettings,
  QUICK_IN_MEMORY,
  SMOKE_IN_MEMORY,
} from './in-memory/run-in-memory.js';
import {
  FULL_STREAMING,
  QUICK_STREAMING,
  SMOKE_STREAMING,
  type StreamingMemorySettings,
} from './memory/run-streaming-memory.js';
import {
  type CpuPerCallSettings,
  FULL_SETTINGS,
  QUICK_SETTINGS,
  SMOKE_SETTINGS,
} from './run-cpu-per-call.js';

/** How long a run takes: `full` (~10 min), `quick` (`BENCH_QUICK=1` or `--quick`), `smoke`. */
export type BenchMode = 'full' | 'quick' | 'smoke';

/** The settings of every benchmark in one mode. */
export interface BenchSettings {
  readonly cpu: CpuPerCallSettings;
  readonly endToEnd: EndToEndSettings;
  readonly streaming: StreamingMemorySettings;
  readonly coldStart: ColdStartSettings;
  readonly inMemory: InMemorySettings;
}

export const BENCH_SETTINGS: Record<BenchMode, BenchSettings> = {
  full: {
    cpu: FULL_SETTINGS,
    endToEnd: FULL_END_TO_END,
    streaming: FULL_STREAMING,
    coldStart: FULL_COLD_START,
    inMemory: FULL_IN_MEMORY,
  },
  quick: {
    cpu: QUICK_SETTINGS,
    endToEnd: QUICK_END_TO_END,
    streaming: QUICK_STREAMING,
    coldStart: QUICK_COLD_START,
    inMemory: QUICK_IN_MEMORY,
  },
  smoke: {
    cpu: SMOKE_SETTINGS,
    endToEnd: SMOKE_END_TO_END,
    streaming: SMOKE_STREAMING,
    coldStart: SMOKE_COLD_START,
    inMemory: SMOKE_IN_MEMORY,
  },
};

/** The mode asked for by the environment or the arguments; `full` by default. */
export function benchMode(env = process.env, args = process.argv.slice(2)): BenchMode {
  if (env.BENCH_SMOKE === '1' || args.includes('--smoke')) return 'smoke';
  if (env.BENCH_QUICK === '1' || args.includes('--quick')) return 'quick';
  return 'full';
}
