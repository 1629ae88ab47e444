import { spawn, spawnSync } from 'node:child_process';
import { median } from '../measure.js';
import { type Spread, spreadOf } from '../spread.js';
import { COLD_START_PROGRAMS, type ColdStartProgram } from './cold-start-programs.js';

/**
 * Counting the machine instructions a start executes: unlike its wall or CPU time, the count
 * does not move with the load of a shared machine (single starts vary by ±50 ms here).
 * valgrind's cachegrind counts them, with its cache simulation off. Node runs with V8's work
 * on its one thread, predictably (`--single-threaded --predictable`): with V8's background
 * threads the count still varied by ~1% (their work depends on timing), this way by 0.001%.
 */
const VALGRIND_ARGS = ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null'];
const NODE_ARGS = ['--single-threaded', '--predictable'];

/** Whether valgrind can be run here. */
export function valgrindAvailable(): boolean {
  return spawnSync('valgrind', ['--version'], { encoding: 'utf8' }).status === 0;
}

/**
 * The instruction count in cachegrind's summary (`==1== I   refs:      812,523,159`).
 * @throws {Error} if the output holds none.
 */
export function parseInstructionCount(output: string): number {
  const match = /I\s+refs:\s+([\d,]+)/.exec(output);
  if (match === null) throw new Error(`No instruction count in valgrind's output: ${output}`);
  return Number(match[1].replaceAll(',', ''));
}

/** The instructions `node script` executes from start to exit (V8 on one thread). */
export function countInstructions(script: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('valgrind', [...VALGRIND_ARGS, process.execPath, ...NODE_ARGS, script], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      if (status !== 0)
        reject(new Error(`valgrind node ${script} exited with ${status}: ${stderr}`));
      else resolve(parseInstructionCount(stderr));
    });
  });
}

/** One program's instruction counts over the rounds. */
export interface InstructionResult {
  readonly name: ColdStartProgram['name'];
  /** Median instructions of a start, in millions. */
  readonly medianMillions: number;
  /** Instructions over the raw program's in the same round, in millions: median and range. */
  readonly addedMillions: Spread;
}

/** The cold-start programs' instruction counts, installed and bundled. */
export interface ColdStartInstructions {
  readonly installed: readonly InstructionResult[];
  readonly bundled: readonly InstructionResult[];
}

/**
 * Counts each program's instructions `runs` times; a round counts every program, two at a
 * time (counts do not depend on what else runs). With `scripts`, those files stand in for
 * the programs, in the same order.
 */
export async function runInstructionCounts(
  runs: number,
  scripts: readonly string[] = COLD_START_PROGRAMS.map((p) => p.script),
): Promise<InstructionResult[]> {
  const counts = COLD_START_PROGRAMS.map(() => [] as number[]);
  for (let run = 0; run < runs; run += 1) {
    const round = scripts.map((script) => () => countInstructions(script));
    const results = await inPairs(round);
    results.forEach((count, index) => counts[index].push(count / 1e6));
  }
  const raw = counts[0];
  return COLD_START_PROGRAMS.map((program, index) => ({
    name: program.name,
    medianMillions: median(counts[index]),
    addedMillions: spreadOf(counts[index].map((count, run) => count - raw[run])),
  }));
}

/** Runs the tasks two at a time; resolves to their results in order. */
async function inPairs<T>(tasks: readonly (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += 2) {
    results.push(...(await Promise.all(tasks.slice(i, i + 2).map((task) => task()))));
  }
  return results;
}
