import {
  CHILD_FLAGS,
  type StreamingMemoryResult,
  type StreamingMemorySettings,
} from '../memory/run-streaming-memory.js';
import { describeTarget, meets, STREAMING_GROWTH_TARGET } from '../targets.js';
import { markdownTable, verdict } from './markdown-table.js';

/** The streaming-memory chapter: peaks per count and mode, and the growth check. */
export function streamingMarkdown(
  results: readonly StreamingMemoryResult[],
  settings: StreamingMemorySettings,
): string[] {
  const rows = results.map((r) => [
    r.mode === 'pages' ? '`queryPages`' : '`queryItems`',
    String(r.items),
    r.rssGrowthMb.toFixed(1),
    r.heapGrowthMb.toFixed(1),
    r.retainedHeapMb.toFixed(1),
    r.maxRssMb.toFixed(1),
  ]);
  const counts = settings.counts;
  const [smallest, largest] = [counts[0], counts[counts.length - 1]];
  const checks = (['pages', 'items'] as const).map((mode) => {
    const at = (count: number) =>
      results.find((r) => r.mode === mode && r.count === count)?.rssGrowthMb ?? NaN;
    const growth = at(largest) / at(smallest);
    const target = describeTarget(STREAMING_GROWTH_TARGET, (v) => `${v.toFixed(2)}×`);
    return `- ${mode === 'pages' ? '`queryPages`' : '`queryItems`'}: peak RSS growth over ${largest} items / over ${smallest} items = ${growth.toFixed(2)} (target ${target}) — ${verdict(meets(STREAMING_GROWTH_TARGET, growth))}`;
  });
  return [
    '## 3. Streaming memory',
    '',
    `${settings.items} items of ~200 bytes in one partition of DynamoDB Local, read ` +
      `${settings.pageSize} items a page. Each row is a fresh child process (\`node ` +
      `${CHILD_FLAGS.join(' ')}\`: the young generation fixed at V8's default maximum, so ` +
      'that the peak does not measure how long V8 kept growing it) that iterates the first ' +
      'N items; memory is sampled every 2 ms and at every page. Growth is the peak during ' +
      'the iteration over the level just before it ' +
      `(medians of ${settings.runs} children); retained is the heap in use after the ` +
      'iteration once the garbage is collected.',
    '',
    ...markdownTable(
      [
        'API',
        'items',
        'peak RSS growth MB',
        'peak heap growth MB',
        'retained heap MB',
        'max RSS MB',
      ],
      ['l', 'r', 'r', 'r', 'r', 'r'],
      rows,
    ),
    ...checks,
    '',
  ];
}
