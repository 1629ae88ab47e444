import type { BundleSize } from '../cold-start/bundle-size.js';
import type { ColdStartInstructions } from '../cold-start/count-instructions.js';
import type { ColdStartResult, ColdStartSettings } from '../cold-start/run-cold-start.js';
import type { EndToEndResult, EndToEndSettings } from '../end-to-end/run-end-to-end.js';
import type {
  StreamingMemoryResult,
  StreamingMemorySettings,
} from '../memory/run-streaming-memory.js';
import type { InMemoryResult, InMemorySettings } from '../in-memory/run-in-memory.js';
import type { CpuPerCallSettings } from '../run-cpu-per-call.js';
import { coldStartMarkdown } from './cold-start-section.js';
import { type CpuPerCallSection, cpuPerCallMarkdown } from './cpu-per-call-section.js';
import { endToEndMarkdown } from './end-to-end-section.js';
import { inMemoryMarkdown } from './in-memory-section.js';
import { streamingMarkdown } from './streaming-section.js';

/** Everything BENCHMARKS.md is written from. */
export interface BenchmarkReport {
  readonly machine: string;
  readonly mode: string;
  readonly durationS: number;
  readonly cpuSettings: CpuPerCallSettings;
  readonly cpuPerCall: readonly CpuPerCallSection[];
  readonly endToEndSettings: EndToEndSettings;
  readonly endToEnd: readonly EndToEndResult[];
  readonly streamingSettings: StreamingMemorySettings;
  readonly streaming: readonly StreamingMemoryResult[];
  readonly coldStartSettings: ColdStartSettings;
  readonly coldStart: readonly ColdStartResult[];
  /** The same programs bundled by esbuild (SDK external), as on AWS Lambda. */
  readonly bundledColdStart: readonly ColdStartResult[];
  /** Instruction counts of both, where valgrind is installed. */
  readonly instructions?: ColdStartInstructions;
  readonly bundles: readonly BundleSize[];
  readonly inMemorySettings: InMemorySettings;
  readonly inMemory: readonly InMemoryResult[];
  /** Findings written by hand (profiles, fixes, caveats), kept across runs. */
  readonly notes?: string;
}

/** BENCHMARKS.md: the machine line, then one chapter per kind of measurement, then the notes. */
export function benchmarksMarkdown(report: BenchmarkReport): string {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (bench/; `BENCH_QUICK=1 npm run bench` for a shorter run); ' +
      'the notes at the end come from bench/notes.md.',
    '',
    `Machine: ${report.machine}. Run: ${report.mode}, ${Math.round(report.durationS)} s.`,
    '',
    'Every figure compares dokklib with the raw `DynamoDBDocumentClient` doing the same work ' +
      'in the same process run; ratios rather than absolute times, because a shared machine ' +
      'drifts.',
    '',
    ...cpuPerCallMarkdown(report.cpuPerCall, report.cpuSettings),
    ...endToEndMarkdown(report.endToEnd, report.endToEndSettings),
    ...streamingMarkdown(report.streaming, report.streamingSettings),
    ...coldStartMarkdown(report, report.coldStartSettings),
    ...inMemoryMarkdown(report.inMemory, report.inMemorySettings),
  ];
  if (report.notes !== undefined && report.notes.trim() !== '') {
    lines.push('## Notes', '', report.notes.trim(), '');
  }
  return lines.join('\n');
}
