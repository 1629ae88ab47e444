import type { BundleSize } from '../cold-start/bundle-size.js';
import type { ColdStartInstructions, InstructionResult } from '../cold-start/count-instructions.js';
import type { ColdStartResult, ColdStartSettings } from '../cold-start/run-cold-start.js';
import { formatSpread } from '../spread.js';
import {
  CORE_BUNDLE_TARGET,
  CORE_COLD_START_TARGET,
  DECORATORS_COLD_START_TARGET,
  describeTarget,
  meets,
  type Target,
} from '../targets.js';
import { markdownTable, verdict } from './markdown-table.js';

const COLD_START_TARGETS = {
  raw: undefined,
  core: CORE_COLD_START_TARGET,
  'core-bare': CORE_COLD_START_TARGET,
  'core-decorators': DECORATORS_COLD_START_TARGET,
} as const;

/** What the cold-start chapter is written from. */
export interface ColdStartFigures {
  readonly coldStart: readonly ColdStartResult[];
  readonly bundledColdStart: readonly ColdStartResult[];
  readonly instructions?: ColdStartInstructions;
  readonly bundles: readonly BundleSize[];
}

/** The cold-start chapter: start-to-exit times, then bundle sizes. */
export function coldStartMarkdown(
  figures: ColdStartFigures,
  settings: ColdStartSettings,
): string[] {
  const { instructions } = figures;
  return [
    '## 4. Cold start and bundle size',
    '',
    'Programs in bench/cold-start/ import the packages and build one put without sending it ' +
      `(decorators: an entity and a unit of work's insert); each is started with \`node\` ${settings.runs} ` +
      'times, interleaved, timed from spawn to exit (wall) and by the CPU time the program ' +
      'reports at its end (all threads; it does not count the time other processes held the ' +
      'CPU). Added is the median of the per-round differences to the raw-SDK program, with ' +
      'their range.',
    '',
    instructions === undefined
      ? 'valgrind was not run (not installed, or a smoke run), so the result is judged on the ' +
        'wall and CPU medians (wall / CPU).'
      : `On this shared machine single starts vary by ±50 ms, more than the targets, so each ` +
        `program's start is also counted in machine instructions by valgrind (${settings.instructionRuns} ` +
        `round${settings.instructionRuns === 1 ? '' : 's'}, V8 on one thread and predictable, so that counts repeat to 0.001%): the ` +
        'added instructions, as a fraction of ' +
        "the raw program's, times the raw program's median wall time give the added ms " +
        '(est.) the result is judged on; the wall and CPU verdicts follow in brackets.',
    '',
    '### Installed packages (node_modules, CommonJS dist)',
    '',
    ...startTable(figures.coldStart, instructions?.installed),
    '### Bundled, as on AWS Lambda',
    '',
    'The same programs bundled by esbuild (tree-shaken, minified, `@aws-sdk/*` and ' +
      '`@smithy/*` external and loaded from node_modules as the Lambda runtime does).',
    '',
    ...startTable(figures.bundledColdStart, instructions?.bundled),
    ...bundleSection(figures.bundles),
  ];
}

function startTable(
  starts: readonly ColdStartResult[],
  counts: readonly InstructionResult[] | undefined,
): string[] {
  const rawCount = counts?.[0];
  const rawWallMs = starts[0].medianMs;
  const rows = starts.map((s, index) => {
    const target = COLD_START_TARGETS[s.name];
    const raw = s.name === 'raw';
    const count = counts?.[index];
    const estimatedMs =
      count === undefined || rawCount === undefined
        ? undefined
        : (count.addedMillions.median / rawCount.medianMillions) * rawWallMs;
    const counted =
      count === undefined
        ? []
        : [
            count.medianMillions.toFixed(0),
            raw ? '—' : formatSpread(count.addedMillions, 1),
            raw || estimatedMs === undefined ? '—' : estimatedMs.toFixed(1),
          ];
    return [
      s.label,
      s.medianMs.toFixed(0),
      raw ? '—' : formatSpread(s.addedMs, 1),
      s.medianCpuMs.toFixed(0),
      raw ? '—' : formatSpread(s.addedCpuMs, 1),
      ...counted,
      target === undefined ? '—' : describeTarget(target, (v) => `${v} ms`),
      target === undefined ? '—' : startResult(target, s, estimatedMs),
    ];
  });
  const countColumns = counts === undefined ? [] : ['M instructions', 'added M', 'added ms (est.)'];
  const numbers = ['wall ms', 'added wall ms', 'CPU ms', 'added CPU ms', ...countColumns];
  return markdownTable(
    ['program', ...numbers, 'target', 'result'],
    ['l', ...numbers.map(() => 'r' as const), 'l', 'l'],
    rows,
  );
}

/** `met / missed` on wall and CPU, and first, where there is one, on the instruction estimate. */
function startResult(
  target: Target,
  start: ColdStartResult,
  estimatedMs: number | undefined,
): string {
  const wall = verdict(meets(target, start.addedMs.median));
  const timed = `${wall} / ${verdict(meets(target, start.addedCpuMs.median))}`;
  if (estimatedMs === undefined) return timed;
  return `${verdict(meets(target, estimatedMs))} (est.; wall / CPU: ${timed})`;
}

function bundleSection(bundles: readonly BundleSize[]): string[] {
  const rows = bundles.map((b) => {
    const kb = b.minifiedBytes / 1024;
    const target = b.name === 'core-bare' ? CORE_BUNDLE_TARGET : undefined;
    return [
      b.name,
      kb.toFixed(1),
      (b.gzipBytes / 1024).toFixed(1),
      target === undefined ? '—' : describeTarget(target, (v) => `${v} KB`),
      target === undefined ? '—' : verdict(meets(target, kb)),
    ];
  });
  return [
    '### Bundle size',
    '',
    'The programs as ES modules bundled by esbuild as above. The issue quotes 16–46 ms of ' +
      'added cold start and 219–302 KB bundles for the other libraries. `core` builds its ' +
      'put with `Table`, whose methods reference every operation, so the bundle keeps all of ' +
      'them; `core-bare` builds it with `BareTable` and `insertItemRequest` (README: “Small ' +
      'bundles”), so the bundle keeps only that operation, and the target applies to it.',
    '',
    ...markdownTable(
      ['program', 'minified KB', 'gzip KB', 'target', 'result'],
      ['l', 'r', 'r', 'l', 'l'],
      rows,
    ),
  ];
}
