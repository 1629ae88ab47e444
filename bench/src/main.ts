import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startDynamoDBLocal } from '@dokklib/testing';
import { BENCH_SETTINGS, benchMode } from './bench-mode.js';
import { bundleSize, writeBundles } from './cold-start/bundle-size.js';
import { COLD_START_PROGRAMS } from './cold-start/cold-start-programs.js';
import { runInstructionCounts, valgrindAvailable } from './cold-start/count-instructions.js';
import { runColdStart } from './cold-start/run-cold-start.js';
import { cpuPerCallCases } from './cpu-per-call-cases.js';
import { decoratorsCases } from './decorators-cases.js';
import { runEndToEnd } from './end-to-end/run-end-to-end.js';
import { runInMemory } from './in-memory/run-in-memory.js';
import { machineLine } from './machine.js';
import { runStreamingMemory } from './memory/run-streaming-memory.js';
import { benchmarksMarkdown } from './report/benchmarks-markdown.js';
import { runCpuPerCall } from './run-cpu-per-call.js';
import { formatSpread } from './spread.js';
import { CORE_CPU_TARGET, DECORATORS_CPU_TARGET } from './targets.js';

const ROOT = path.join(__dirname, '..', '..');
/** Hand-written findings kept across runs. */
const NOTES_FILE = path.join(ROOT, 'bench', 'notes.md');

/** Runs every benchmark and writes BENCHMARKS.md at the repository root (smoke: prints only). */
async function main(): Promise<void> {
  const started = Date.now();
  const mode = benchMode();
  const settings = BENCH_SETTINGS[mode];
  log(`mode ${mode}: CPU per call (core)`);
  const core = await runCpuPerCall(cpuPerCallCases(), settings.cpu);
  log('CPU per call (decorators)');
  const decorators = await runCpuPerCall(decoratorsCases(), settings.cpu);
  const localStarting = performance.now();
  const local = await dynamoDBLocal();
  const localStartMs = local.started ? performance.now() - localStarting : undefined;
  try {
    log(`end to end against ${local.endpoint}`);
    const endToEnd = await runEndToEnd(local.endpoint, settings.endToEnd);
    log('streaming memory');
    const streaming = await runStreamingMemory(local.endpoint, settings.streaming);
    log('in-memory DynamoDB against DynamoDB Local');
    const inMemory = await runInMemory(local.endpoint, localStartMs, settings.inMemory);
    log('cold start and bundles');
    const bundles = await Promise.all(COLD_START_PROGRAMS.map((p) => bundleSize(p)));
    const coldStart = runColdStart(settings.coldStart);
    const bundledFiles = writeBundles(bundles, path.join(__dirname, 'cold-start-bundles'));
    const bundledColdStart = runColdStart(settings.coldStart, bundledFiles);
    const counting = settings.coldStart.instructionRuns > 0 && valgrindAvailable();
    if (counting) log('cold start instruction counts (valgrind)');
    const instructions = counting
      ? {
          installed: await runInstructionCounts(settings.coldStart.instructionRuns),
          bundled: await runInstructionCounts(settings.coldStart.instructionRuns, bundledFiles),
        }
      : undefined;
    const markdown = benchmarksMarkdown({
      machine: machineLine(),
      mode,
      durationS: (Date.now() - started) / 1000,
      cpuSettings: settings.cpu,
      cpuPerCall: [
        {
          api: '`@dokklib/core` (`Table`)',
          description: 'Items in, plain objects out.',
          target: CORE_CPU_TARGET,
          results: core,
        },
        {
          api: '`@dokklib/decorators` (`EntityManager`, `UnitOfWork`)',
          description:
            'Entity instances in and out through class-transformer: insert, get and update ' +
            'with `EntityManager` (update of 3 changed properties: decorated entities have no ' +
            'ADD), query with `queryPartition` (100 instances), the transaction as a ' +
            '`UnitOfWork` commit of 5 inserts and 5 updates of entities it did not load ' +
            '(every property). The raw side sends the same requests.',
          target: DECORATORS_CPU_TARGET,
          results: decorators,
        },
      ],
      endToEndSettings: settings.endToEnd,
      endToEnd,
      streamingSettings: settings.streaming,
      streaming,
      coldStartSettings: settings.coldStart,
      coldStart,
      bundledColdStart,
      instructions,
      bundles,
      inMemorySettings: settings.inMemory,
      inMemory,
      notes: fs.existsSync(NOTES_FILE) ? fs.readFileSync(NOTES_FILE, 'utf8') : undefined,
    });
    if (mode === 'smoke') {
      process.stdout.write(markdown);
      return;
    }
    fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), markdown);
    for (const [api, results] of [
      ['core', core],
      ['decorators', decorators],
    ] as const) {
      for (const r of results) log(`${api} ${formatSpread(r.ratio)}  ${r.name}`);
    }
    for (const r of endToEnd) log(`end to end ${formatSpread(r.timeRatio)}  ${r.name}`);
    for (const r of inMemory) {
      log(
        `in memory ${formatSpread(r.perRequestUs, 0)} µs/request, start ${formatSpread(r.startMs, 1)} ms  ${r.name}`,
      );
    }
    log(`BENCHMARKS.md written in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    await local.stop();
  }
}

/** The DynamoDB Local at `$BENCH_DYNAMODB_ENDPOINT`, or one started for this run (the default). */
async function dynamoDBLocal(): Promise<{
  endpoint: string;
  started: boolean;
  stop: () => Promise<void>;
}> {
  const endpoint = process.env.BENCH_DYNAMODB_ENDPOINT;
  if (endpoint !== undefined && endpoint !== '') {
    return { endpoint, started: false, stop: async () => {} };
  }
  log('starting DynamoDB Local');
  const local = await startDynamoDBLocal();
  return { endpoint: local.endpoint, started: true, stop: () => local.stop() };
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

/** Re-runs this program under `--expose-gc` (so samples start from a collected heap). */
function withExposedGc(): boolean {
  if (typeof (globalThis as { gc?: unknown }).gc === 'function') return false;
  const args = ['--expose-gc', __filename, ...process.argv.slice(2)];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
  process.exitCode = child.status ?? 1;
  return true;
}

if (!withExposedGc()) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
