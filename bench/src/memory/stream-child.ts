/**
 * Child program of the streaming-memory benchmark: iterates the first `count` items of the
 * benchmark partition with `queryPages` or `queryItems`, sampling memory as it goes, and
 * prints one JSON line (a {@link StreamMemorySample}). Run with `--expose-gc`.
 * Usage: node stream-child.js <endpoint> <table> <count> <pages|items> <pageSize>
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EntityName, PartitionKey, Table } from '@dokklib/core';
import { collectGarbage } from '../measure.js';
import type { StreamMemorySample } from './stream-memory-sample.js';

const MB = 1024 * 1024;

/** The partition the streaming benchmark writes and reads. */
export const STREAM_PARTITION = new PartitionKey(new EntityName('STREAM'), 'all');

/** Iterates the first `count` items of the benchmark partition and measures memory meanwhile. */
export async function measureStreaming(
  endpoint: string,
  tableName: string,
  count: number,
  mode: 'pages' | 'items',
  pageSize: number,
): Promise<StreamMemorySample> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  try {
    const table = new Table(tableName, { client });
    await table.queryPage(STREAM_PARTITION, { pageSize: 1 }); // loads the SDK's lazy modules
    collectGarbage();
    const baseline = process.memoryUsage();
    const peak = { rss: baseline.rss, heapUsed: baseline.heapUsed };
    const sample = (): void => {
      const now = process.memoryUsage();
      peak.rss = Math.max(peak.rss, now.rss);
      peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    };
    const timer = setInterval(sample, 2);
    const items = await iterate(table, count, mode, pageSize, sample);
    clearInterval(timer);
    sample();
    collectGarbage();
    return {
      items,
      rssGrowthMb: (peak.rss - baseline.rss) / MB,
      heapGrowthMb: (peak.heapUsed - baseline.heapUsed) / MB,
      retainedHeapMb: (process.memoryUsage().heapUsed - baseline.heapUsed) / MB,
      maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    };
  } finally {
    client.destroy();
  }
}

async function iterate(
  table: Table,
  count: number,
  mode: 'pages' | 'items',
  pageSize: number,
  sample: () => void,
): Promise<number> {
  let items = 0;
  if (mode === 'pages') {
    for await (const page of table.queryPages(STREAM_PARTITION, { pageSize })) {
      items += page.items.length;
      sample();
      if (items >= count) break;
    }
    return items;
  }
  for await (const item of table.queryItems(STREAM_PARTITION, { pageSize })) {
    items += item === undefined ? 0 : 1;
    if (items % pageSize === 0) sample();
    if (items >= count) break;
  }
  return items;
}

async function main(): Promise<void> {
  const [endpoint, tableName, count, mode, pageSize] = process.argv.slice(2);
  const result = await measureStreaming(
    endpoint,
    tableName,
    Number(count),
    mode === 'pages' ? 'pages' : 'items',
    Number(pageSize),
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
