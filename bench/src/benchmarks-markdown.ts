import type { CpuPerCallResult, CpuPerCallSettings } from './run-cpu-per-call.js';

/** What BENCHMARKS.md is written from. */
export interface BenchmarkReport {
  readonly machine: string;
  readonly settings: CpuPerCallSettings;
  readonly cpuPerCall: readonly CpuPerCallResult[];
  /** Findings written by hand (e.g. from profiles), kept across runs. */
  readonly notes?: string;
}

/** BENCHMARKS.md: the machine line, then one table per operation. */
export function benchmarksMarkdown(report: BenchmarkReport): string {
  const { rounds, sample } = report.settings;
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/); the notes come from bench/notes.md.',
    '',
    `Machine: ${report.machine}.`,
    '',
    '## CPU per call, no network: `@dokklib/core` vs the raw `DynamoDBDocumentClient`',
    '',
    'Every request is answered from memory by a canned `requestHandler` (chosen by ' +
      '`x-amz-target`), so the SDK still serialises, signs and parses: the figures are the CPU ' +
      'a call costs. Calls run one at a time. Both sides do the same work (entity-prefixed ' +
      'keys, timestamps, must-be-new condition); each side has its own client. ' +
      `${rounds} interleaved rounds of at least ${sample.minMs} ms per side and operation, ` +
      'alternating which side goes first; ops/s are medians over rounds, the ratio is the ' +
      'median of the per-round ratios core / raw.',
    '',
  ];
  for (const result of report.cpuPerCall) lines.push(...operationTable(result));
  if (report.notes !== undefined && report.notes.trim() !== '') {
    lines.push('## Notes', '', report.notes.trim(), '');
  }
  return lines.join('\n');
}

function operationTable(result: CpuPerCallResult): string[] {
  return [
    `### ${result.name}`,
    '',
    '| raw ops/s | core ops/s | core / raw | target | result |',
    '| --: | --: | --: | --: | :-- |',
    `| ${Math.round(result.rawOpsPerSec)} | ${Math.round(result.coreOpsPerSec)} | ${result.ratio.toFixed(2)} | >= ${result.target.toFixed(2)} | ${result.pass ? 'pass' : 'miss'} |`,
    '',
  ];
}
