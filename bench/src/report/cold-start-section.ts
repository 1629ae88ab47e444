import type { BundleSize } from '../cold-start/bundle-size.js';
import type { ColdStartResult, ColdStartSettings } from '../cold-start/run-cold-start.js';
import { formatSpread } from '../spread.js';
import {
  CORE_BUNDLE_TARGET,
  CORE_COLD_START_TARGET,
  DECORATORS_COLD_START_TARGET,
  describeTarget,
  meets,
} from '../targets.js';
import { markdownTable, verdict } from './markdown-table.js';

const COLD_START_TARGETS = {
  raw: undefined,
  core: CORE_COLD_START_TARGET,
  'core-bare': CORE_COLD_START_TARGET,
  'core-decorators': DECORATORS_COLD_START_TARGET,
} as const;

/** The cold-start chapter: start-to-exit times, then bundle sizes. */
export function coldStartMarkdown(
  starts: readonly ColdStartResult[],
  bundledStarts: readonly ColdStartResult[],
  bundles: readonly BundleSize[],
  settings: ColdStartSettings,
): string[] {
  const bundleRows = bundles.map((b) => {
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
    '## 4. Cold start and bundle size',
    '',
    'Programs in bench/cold-start/ import the packages and build one put without sending it ' +
      `(decorators: an entity and a unit of work's insert); each is started with \`node\` ${settings.runs} ` +
      'times, interleaved, timed from spawn to exit (wall) and by the CPU time the program ' +
      'reports at its end (all threads; it does not count the time other processes held the ' +
      'CPU). Added is the median of the per-round differences to the raw-SDK program, with ' +
      'their range; the result is given for both (wall / CPU).',
    '',
    '### Installed packages (node_modules, CommonJS dist)',
    '',
    ...startTable(starts),
    '### Bundled, as on AWS Lambda',
    '',
    'The same programs bundled by esbuild (tree-shaken, minified, `@aws-sdk/*` and ' +
      '`@smithy/*` external and loaded from node_modules as the Lambda runtime does).',
    '',
    ...startTable(bundledStarts),
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
      bundleRows,
    ),
  ];
}

function startTable(starts: readonly ColdStartResult[]): string[] {
  const startRows = starts.map((s) => {
    const target = COLD_START_TARGETS[s.name];
    const raw = s.name === 'raw';
    return [
      s.label,
      s.medianMs.toFixed(0),
      raw ? '—' : formatSpread(s.addedMs, 1),
      s.medianCpuMs.toFixed(0),
      raw ? '—' : formatSpread(s.addedCpuMs, 1),
      target === undefined ? '—' : describeTarget(target, (v) => `${v} ms`),
      target === undefined
        ? '—'
        : `${verdict(meets(target, s.addedMs.median))} / ${verdict(meets(target, s.addedCpuMs.median))}`,
    ];
  });
  return markdownTable(
    ['program', 'wall ms', 'added wall ms', 'CPU ms', 'added CPU ms', 'target', 'result'],
    ['l', 'r', 'r', 'r', 'r', 'l', 'l'],
    startRows,
  );
}
