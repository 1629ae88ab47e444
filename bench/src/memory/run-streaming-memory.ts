import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { BatchPut, type BatchWriteResult, EntityName, SortKey, type Table } from '@dokklib/core';
import { ENTITY_ATTRIBUTES } from '../canned-item.js';
import { createBenchTable } from '../end-to-end/bench-tables.js';
import { median } from '../measure.js';
import { STREAM_PARTITION } from './stream-child.js';
import type { StreamMemorySample } from './stream-memory-sample.js';

/** How the streaming-memory benchmark runs. */
export interface StreamingMemorySettings {
  /** Items written; the largest iteration reads them all. */
  readonly items: number;
  /** How many items each child iterates (the first of them). */
  readonly counts: readonly number[];
  readonly pageSize: number;
  /** Children per count and mode; the median of their peaks is reported. */
  readonly runs: number;
}

/** The full run: 50,000 items of ~200 bytes; peaks over 5,000, 20,000 and 50,000, 3 children each. */
export const FULL_STREAMING: StreamingMemorySettings = {
  items: 50_000,
  counts: [5_000, 20_000, 50_000],
  pageSize: 500,
  runs: 3,
};

/** The quick run: the same sizes, one child each. */
export const QUICK_STREAMING: StreamingMemorySettings = { ...FULL_STREAMING, runs: 1 };

/** The smoke run. */
export const SMOKE_STREAMING: StreamingMemorySettings = {
  items: 60,
  counts: [10, 60],
  pageSize: 10,
  runs: 1,
};

/** Peaks (medians over the children) for one count and mode. */
export interface StreamingMemoryResult {
  readonly mode: 'pages' | 'items';
  readonly count: number;
  readonly items: number;
  readonly rssGrowthMb: number;
  readonly heapGrowthMb: number;
  readonly retainedHeapMb: number;
  readonly maxRssMb: number;
}

const run = promisify(execFile);
const CHILD = path.join(__dirname, 'stream-child.js');

/**
 * The children's node flags: `gc()` for the retained heap, and V8's young generation fixed
 * at its default maximum (16 MB semi-spaces). Otherwise V8 grows it while a long iteration
 * keeps allocating, and the peak then tells how long the run was, not what it keeps.
 */
export const CHILD_FLAGS = ['--expose-gc', '--min-semi-space-size=16', '--max-semi-space-size=16'];

/** Writes the items to a fresh table, then measures each count and mode in child processes. */
export async function runStreamingMemory(
  endpoint: string,
  settings: StreamingMemorySettings,
): Promise<StreamingMemoryResult[]> {
  const side = await createBenchTable(endpoint, 'stream');
  try {
    await writeStreamItems(side.table, settings.items);
    const results: StreamingMemoryResult[] = [];
    for (const mode of ['pages', 'items'] as const) {
      for (const count of settings.counts) {
        const samples: StreamMemorySample[] = [];
        for (let r = 0; r < settings.runs; r += 1) {
          samples.push(await child(endpoint, side.name, count, mode, settings.pageSize));
        }
        results.push({
          mode,
          count,
          items: samples[0].items,
          rssGrowthMb: median(samples.map((s) => s.rssGrowthMb)),
          heapGrowthMb: median(samples.map((s) => s.heapGrowthMb)),
          retainedHeapMb: median(samples.map((s) => s.retainedHeapMb)),
          maxRssMb: median(samples.map((s) => s.maxRssMb)),
        });
      }
    }
    return results;
  } finally {
    await side.drop();
  }
}

async function child(
  endpoint: string,
  table: string,
  count: number,
  mode: 'pages' | 'items',
  pageSize: number,
): Promise<StreamMemorySample> {
  const args = [...CHILD_FLAGS, CHILD, endpoint, table, String(count), mode, String(pageSize)];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as StreamMemorySample;
}

/** Writes `count` items of ~200 bytes into the streaming partition (8 batch requests at a time). */
export function writeStreamItems(table: Table, count: number): Promise<BatchWriteResult> {
  const Item = new EntityName('ITEM');
  const writes = Array.from(
    { length: count },
    (_, i) =>
      new BatchPut(
        STREAM_PARTITION,
        new SortKey(Item, String(i).padStart(6, '0')),
        ENTITY_ATTRIBUTES,
      ),
  );
  return table.batchWrite(writes, { concurrency: 8 });
}
