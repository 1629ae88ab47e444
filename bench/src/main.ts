import fs from 'node:fs';
import path from 'node:path';
import { benchmarksMarkdown } from './benchmarks-markdown.js';
import { cpuPerCallCases } from './cpu-per-call-cases.js';
import { machineLine } from './machine.js';
import { FULL_SETTINGS, SMOKE_SETTINGS, runCpuPerCall } from './run-cpu-per-call.js';

/** Hand-written findings kept across runs. */
const NOTES_FILE = path.join(__dirname, '..', 'notes.md');

/** Runs the benchmarks and writes BENCHMARKS.md at the repository root (smoke: prints only). */
async function main(): Promise<void> {
  const smoke = process.env.BENCH_SMOKE === '1';
  const settings = smoke ? SMOKE_SETTINGS : FULL_SETTINGS;
  const cpuPerCall = await runCpuPerCall(cpuPerCallCases(), settings);
  const notes = fs.existsSync(NOTES_FILE) ? fs.readFileSync(NOTES_FILE, 'utf8') : undefined;
  const markdown = benchmarksMarkdown({ machine: machineLine(), settings, cpuPerCall, notes });
  if (smoke) {
    process.stdout.write(markdown);
    return;
  }
  fs.writeFileSync(path.join(__dirname, '..', '..', 'BENCHMARKS.md'), markdown);
  for (const r of cpuPerCall) {
    console.log(`${r.ratio.toFixed(2)} ${r.pass ? 'pass' : 'MISS'}  ${r.name}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
