import type { EndToEndResult, EndToEndSettings } from '../end-to-end/run-end-to-end.js';
import { formatSpread } from '../spread.js';
import { describeTarget, END_TO_END_TARGET, meets } from '../targets.js';
import { markdownTable, verdict } from './markdown-table.js';

/** The end-to-end chapter: one row per workload, then the batch write's request count. */
export function endToEndMarkdown(
  results: readonly EndToEndResult[],
  settings: EndToEndSettings,
): string[] {
  const { sizes } = settings;
  const minimumRequests = Math.ceil(sizes.items / 25);
  const batch = results[0];
  const target = describeTarget(END_TO_END_TARGET, (v) => v.toFixed(2));
  const rows = results.map((r) => [
    r.name,
    ms(r.rawMs),
    ms(r.oursMs),
    formatSpread(r.timeRatio),
    `${r.rawRequests} / ${r.oursRequests}`,
    target,
    verdict(meets(END_TO_END_TARGET, r.timeRatio.median)),
  ]);
  return [
    '## 2. End to end against DynamoDB Local',
    '',
    `Workloads: a batch write of ${sizes.items} items (~200 bytes each; the raw side is a ` +
      'hand-written `BatchWriteCommand` loop with the same 4 requests in flight that re-sends ' +
      `unprocessed items), reading them back page by page (${sizes.pageSize} items a page; ` +
      `\`queryPages\` vs a \`QueryCommand\` loop), ${sizes.transactions} four-action ` +
      `transactions one at a time, and ${sizes.gets} gets with ${sizes.getConcurrency} ` +
      `in flight. ${settings.rounds} rounds${settings.warmup ? ' after an uncounted warm-up round' : ''}, ` +
      'each on two fresh tables (one per side) in a DynamoDB Local started by the benchmark, ' +
      'alternating which side goes first; the read back and the transactions are taken in ' +
      "turns, one page or one transaction each (a side's time is the sum of its turns), the " +
      'batch write and the gets whole. Times ' +
      'are medians over rounds; the ratio is the ' +
      'median of the per-round time ratios ours / raw (lower is better) with their range. ' +
      'HTTP requests are counted by a middleware inside the SDK retries (last round).',
    '',
    ...markdownTable(
      [
        'workload',
        'raw ms',
        'ours ms',
        'time ours / raw',
        'requests raw / ours',
        'target',
        'result',
      ],
      ['l', 'r', 'r', 'r', 'r', 'l', 'l'],
      rows,
    ),
    `Batch write of ${sizes.items} items: ours sent ${batch.oursRequests} \`BatchWriteItem\` ` +
      `requests (target: exactly ${minimumRequests}, the minimum) — ` +
      `${verdict(batch.oursRequests === minimumRequests)}. Items read back: ` +
      `${results[1].oursCount} of ${sizes.items}.`,
    '',
  ];
}

function ms(value: number): string {
  return value.toFixed(0);
}
