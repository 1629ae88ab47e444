import {
  BatchGetCommand,
  type BatchGetCommandInput,
  BatchWriteCommand,
  type BatchWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import {
  BatchDelete,
  BatchGetError,
  BatchPut,
  BatchWriteError,
  EntityName,
  PartitionKey,
  SortKey,
} from '@dokklib/core';
import fc from 'fast-check';
import { batchGet } from '../packages/core/src/operations/batch-get/batch-get.js';
import { batchWrite } from '../packages/core/src/operations/batch-write/batch-write.js';
import { mockTable, recordingClock, seededRandom } from '../packages/core/test/mock-table.js';
import { assertProperty } from './support/property.js';
import { reliabilityCase } from './support/reliability-case.js';

const AREA = 'Fault injection';
const Doc = new EntityName('DOC');
const pkOf = (i: number) => new PartitionKey(new EntityName('USER'), `u${i % 3}`);
const skOf = (i: number) => new SortKey(Doc, `d${String(i).padStart(4, '0')}`);
const indexOfSk = (sk: unknown) => Number(String(sk).slice('DOC#d'.length));

/** A batch run's parameters: how many items, how often DynamoDB leaves one out, how patient we are. */
const runs = fc.record({
  count: fc.integer({ min: 1, max: 260 }),
  dropRate: fc.double({ min: 0, max: 0.9, noNaN: true }),
  stuckEvery: fc.option(fc.integer({ min: 2, max: 40 }), { nil: undefined }),
  maxAttempts: fc.integer({ min: 1, max: 12 }),
  maxDelayMs: fc.integer({ min: 1, max: 500 }),
  concurrency: fc.integer({ min: 1, max: 5 }),
  seed: fc.integer(),
});

type Run = typeof runs extends fc.Arbitrary<infer R> ? R : never;

/** Whether DynamoDB leaves item `i` out of this response: at random, or always if stuck. */
function leavesOut(run: Run): (i: number) => boolean {
  const random = seededRandom(run.seed);
  return (i) =>
    (run.stuckEvery !== undefined && i % run.stuckEvery === 0) || random() < run.dropRate;
}

/** Checks the backoff: each delay within [0, maxDelayMs], at most maxAttempts − 1 per chunk. */
function expectBoundedBackoff(delays: number[], run: Run, chunks: number): void {
  expect(delays.every((d) => d >= 0 && d <= run.maxDelayMs)).toBe(true);
  expect(delays.length).toBeLessThanOrEqual(chunks * (run.maxAttempts - 1));
}

reliabilityCase(
  {
    id: 'BATCH-8',
    area: AREA,
    case: 'batchWrite of 1–260 puts and deletes where each response leaves a random subset unprocessed (random rate, some items always left out), random maxAttempts, maxDelayMs and concurrency',
    expected:
      'Each write accepted at most once; on success all exactly once; otherwise BatchWriteError whose unprocessed are exactly the writes never accepted and processed exactly the others; every delay ≤ maxDelayMs, at most maxAttempts − 1 per chunk',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.asyncProperty(runs, async (run) => {
        const { table, mock } = mockTable();
        const out = leavesOut(run);
        const accepted = new Map<number, number>();
        mock.on(BatchWriteCommand).callsFake((input: BatchWriteCommandInput) => {
          const left = (input.RequestItems?.T ?? []).filter((write) => {
            const i = indexOfSk((write.PutRequest?.Item ?? write.DeleteRequest?.Key)?.SK);
            if (out(i)) return true;
            accepted.set(i, (accepted.get(i) ?? 0) + 1);
            return false;
          });
          return Promise.resolve(left.length === 0 ? {} : { UnprocessedItems: { T: left } });
        });
        const writes = Array.from({ length: run.count }, (_, i) =>
          i % 4 === 0 ? new BatchDelete(pkOf(i), skOf(i)) : new BatchPut(pkOf(i), skOf(i), { i }),
        );
        const { delays, clock } = recordingClock(seededRandom(run.seed + 1));
        const options = { retry: run, concurrency: run.concurrency };
        const error = await batchWrite(table, writes, options, clock).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect([...accepted.values()].every((n) => n === 1)).toBe(true);
        const isAccepted = (_: unknown, i: number) => accepted.has(i);
        if (error === undefined) {
          expect(accepted.size).toBe(run.count);
        } else {
          expect(error).toBeInstanceOf(BatchWriteError);
          const { processed, unprocessed } = error as BatchWriteError;
          expect(processed).toEqual(writes.filter(isAccepted));
          expect(unprocessed).toEqual(writes.filter((w, i) => !isAccepted(w, i)));
        }
        expectBoundedBackoff(delays, run, Math.ceil(run.count / 25));
      }),
      300,
    ),
);

reliabilityCase(
  {
    id: 'BATCH-9',
    area: AREA,
    case: 'batchGet of 1–260 keys where each response leaves a random subset unprocessed, with random retry options and concurrency',
    expected:
      'Each key read at most once and returned in call order; otherwise BatchGetError whose unprocessed are exactly the keys never read and processed exactly the others with their items; backoff bounded as for batchWrite',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.asyncProperty(runs, async (run) => {
        const { table, mock } = mockTable();
        const out = leavesOut(run);
        const read = new Map<number, number>();
        mock.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) => {
          const keys = input.RequestItems?.T?.Keys ?? [];
          const left = keys.filter((k) => out(indexOfSk(k.SK)));
          const done = keys.filter((k) => !left.includes(k));
          for (const k of done) read.set(indexOfSk(k.SK), (read.get(indexOfSk(k.SK)) ?? 0) + 1);
          return Promise.resolve({
            Responses: { T: done.map((k) => ({ ...k, n: indexOfSk(k.SK) })).reverse() },
            ...(left.length === 0 ? {} : { UnprocessedKeys: { T: { Keys: left } } }),
          });
        });
        const keys = Array.from({ length: run.count }, (_, i) => ({ pk: pkOf(i), sk: skOf(i) }));
        const { delays, clock } = recordingClock(seededRandom(run.seed + 1));
        const options = { retry: run, concurrency: run.concurrency };
        const outcome = await batchGet(table, keys, options, clock).then(
          (items) => ({ items }),
          (error: unknown) => ({ error }),
        );
        expect([...read.values()].every((n) => n === 1)).toBe(true);
        if ('items' in outcome) {
          expect(outcome.items.map((item) => item?.n)).toEqual(keys.map((_, i) => i));
        } else {
          expect(outcome.error).toBeInstanceOf(BatchGetError);
          const { processed, unprocessed } = outcome.error as BatchGetError;
          expect(processed.map((p) => p.key)).toEqual(keys.filter((_, i) => read.has(i)));
          expect(processed.map((p) => p.item?.n)).toEqual(
            keys.flatMap((_, i) => (read.has(i) ? [i] : [])),
          );
          expect(unprocessed).toEqual(keys.filter((_, i) => !read.has(i)));
        }
        expectBoundedBackoff(delays, run, Math.ceil(run.count / 100));
      }),
      300,
    ),
);
