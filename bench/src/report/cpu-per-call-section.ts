import type { CpuPerCallResult, CpuPerCallSettings } from '../run-cpu-per-call.js';
import { formatSpread } from '../spread.js';
import { describeTarget, meets, type Target } from '../targets.js';
import { markdownTable, verdict } from './markdown-table.js';

/** The figures the issue gives for the popular libraries (throughput over raw). */
const PEERS: readonly (readonly string[])[] = [
  ['ElectroDB', '0.63', '0.76', '0.67', '0.36', '0.54'],
  ['DynamoDB-Toolbox', '0.72', '0.79', '0.28', '0.38', '0.58'],
  ['TypeDORM', '0.69', '0.79', '0.30', '0.59', '0.65'],
];

/** One API's CPU-per-call results. */
export interface CpuPerCallSection {
  readonly api: string;
  readonly description: string;
  readonly target: Target;
  readonly results: readonly CpuPerCallResult[];
}

/** The CPU-per-call chapter: how it is measured, one table per API, the peers' figures. */
export function cpuPerCallMarkdown(
  sections: readonly CpuPerCallSection[],
  settings: CpuPerCallSettings,
): string[] {
  const lines = [
    '## 1. CPU per call, no network',
    '',
    'Every request is answered from memory by a canned `requestHandler` (chosen by ' +
      '`x-amz-target`), so the SDK still serialises, signs and parses: the figures are the ' +
      'CPU a call costs. Calls run one at a time; each side has its own client and sends the ' +
      'same request (the raw side builds it by hand: entity-prefixed keys, timestamps, ' +
      `conditions). ${settings.rounds} interleaved rounds of at least ${settings.sample.minMs} ms ` +
      'of CPU time per side and operation after a warm-up, alternating which side goes ' +
      'first. Throughput is calls per CPU second of the process (the calls never wait, so ' +
      'CPU time is their cost, and it leaves out the time other processes held the CPU); ' +
      'ops/s are medians over rounds; the ratio is the median of the per-round ratios ' +
      'ours / raw, with their range (min–max) in brackets.',
    '',
  ];
  for (const section of sections) lines.push(...apiTable(section));
  lines.push(
    'Reference figures for other libraries, from the issue (throughput over raw, measured on ' +
      'the same kind of machine, not in this run):',
    '',
    ...markdownTable(
      ['library', 'insert', 'get', 'query-100', 'transact-10', 'update'],
      ['l', 'r', 'r', 'r', 'r', 'r'],
      PEERS,
    ),
  );
  return lines;
}

function apiTable(section: CpuPerCallSection): string[] {
  const target = describeTarget(section.target, (v) => v.toFixed(2));
  const rows = section.results.map((r) => [
    r.name,
    String(Math.round(r.rawOpsPerSec)),
    String(Math.round(r.oursOpsPerSec)),
    formatSpread(r.ratio),
    target,
    verdict(meets(section.target, r.ratio.median)),
  ]);
  return [
    `### ${section.api}`,
    '',
    section.description,
    '',
    ...markdownTable(
      ['operation', 'raw ops/s', 'ours ops/s', 'ours / raw', 'target', 'result'],
      ['l', 'r', 'r', 'r', 'l', 'l'],
      rows,
    ),
  ];
}
