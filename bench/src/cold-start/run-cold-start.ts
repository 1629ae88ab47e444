import { spawnSync } from 'node:child_process';
import { type Spread, spreadOf } from '../spread.js';
import { median } from '../measure.js';
import { COLD_START_PROGRAMS, type ColdStartProgram } from './cold-start-programs.js';

/** How often to start each program. */
export interface ColdStartSettings {
  /** Rounds; each starts every program once, in a rotating order. */
  readonly runs: number;
  /** Rounds of instruction counts (valgrind, ~20 s a start; counts repeat to 0.001%). */
  readonly instructionRuns: number;
}

export const FULL_COLD_START: ColdStartSettings = { runs: 51, instructionRuns: 2 };
export const QUICK_COLD_START: ColdStartSettings = { runs: 15, instructionRuns: 1 };
export const SMOKE_COLD_START: ColdStartSettings = { runs: 1, instructionRuns: 0 };

/** One program's start-to-exit time. */
export interface ColdStartResult {
  readonly name: ColdStartProgram['name'];
  readonly label: string;
  /** Median start-to-exit time, in ms. */
  readonly medianMs: number;
  /** Time over the raw program's in the same round (ms): median and range. */
  readonly addedMs: Spread;
  /** Median CPU time the program used (all threads), in ms: steadier on a busy machine. */
  readonly medianCpuMs: number;
  /** CPU time over the raw program's in the same round (ms): median and range. */
  readonly addedCpuMs: Spread;
}

/**
 * Starts each program `runs` times (interleaved) and times node from spawn to exit; with
 * `scripts`, those files stand in for the programs (e.g. their bundles), in the same order.
 */
export function runColdStart(
  settings: ColdStartSettings,
  scripts: readonly string[] = COLD_START_PROGRAMS.map((p) => p.script),
): ColdStartResult[] {
  const starts = COLD_START_PROGRAMS.map(() => [] as ColdStart[]);
  for (let run = 0; run < settings.runs; run += 1) {
    for (let k = 0; k < COLD_START_PROGRAMS.length; k += 1) {
      const index = (run + k) % COLD_START_PROGRAMS.length;
      starts[index].push(coldStart(scripts[index]));
    }
  }
  const raw = starts[0];
  return COLD_START_PROGRAMS.map((program, index) => ({
    name: program.name,
    label: program.label,
    medianMs: median(starts[index].map((s) => s.wallMs)),
    addedMs: spreadOf(starts[index].map((s, run) => s.wallMs - raw[run].wallMs)),
    medianCpuMs: median(starts[index].map((s) => s.cpuMs)),
    addedCpuMs: spreadOf(starts[index].map((s, run) => s.cpuMs - raw[run].cpuMs)),
  }));
}

/** One start of a program: wall time from spawn to exit, and the CPU time it reported. */
export interface ColdStart {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Spawns `node script` and waits for it to exit; throws if it fails. */
export function coldStart(script: string): ColdStart {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [script], {
    encoding: 'utf8',
    env: { ...process.env, COLD_START_REPORT: '1' },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) {
    throw new Error(`${script} exited with ${String(child.status)}: ${child.stderr}`);
  }
  const report = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as { cpuMs: number };
  return { wallMs, cpuMs: report.cpuMs };
}
