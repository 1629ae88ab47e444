import { randomUUID } from 'node:crypto';
import {
  BatchWriteCommand,
  type BatchWriteCommandInput,
  type BatchWriteCommandOutput,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { BatchPut, EntityName, InsertArg, PartitionKey, SortKey, UpdateArg } from '@dokklib/core';
import { ENTITY_ATTRIBUTES } from '../canned-item.js';
import type { BenchTable } from './bench-tables.js';

/** How big the end-to-end workloads are. */
export interface WorkloadSizes {
  /** Items written by the batch write (and read back, and read by the gets). */
  readonly items: number;
  /** Items per page when reading them back. */
  readonly pageSize: number;
  /** Four-action transactions, one after the other. */
  readonly transactions: number;
  /** Gets of written items… */
  readonly gets: number;
  /** …this many at a time. */
  readonly getConcurrency: number;
}

/** One workload on one side; resolves to a count to check (items read, requests sent…). */
export type Workload = (side: BenchTable, sizes: WorkloadSizes) => Promise<number>;

/** A workload done by hand with the raw document client and with `@dokklib/core`. */
export interface WorkloadPair {
  readonly kind: 'whole';
  readonly name: string;
  readonly raw: Workload;
  readonly ours: Workload;
}

/** Step `index` of a stepped workload on one side (one request). */
export type Step = (side: BenchTable, index: number, sizes: WorkloadSizes) => Promise<void>;

/**
 * A workload of independent one-request steps, which the sides take in turns (raw step 0,
 * ours step 0, ours step 1, raw step 1…): both meet the same moments of a machine whose
 * speed drifts, so their times compare far more closely than whole runs one after the other.
 */
export interface SteppedWorkloadPair {
  readonly kind: 'stepped';
  readonly name: string;
  /** How many steps each side takes. */
  readonly steps: (sizes: WorkloadSizes) => number;
  readonly raw: Step;
  readonly ours: Step;
}

/** Reads the next page on one side: resolves to its item count, or `undefined` once none is left. */
export type PageRead = () => Promise<number | undefined>;

/**
 * A workload read page by page, which the sides take in turns one page each, as the steps of
 * a {@link SteppedWorkloadPair}; each side keeps its own place.
 */
export interface PagedWorkloadPair {
  readonly kind: 'paged';
  readonly name: string;
  /** Starts reading on one side. */
  readonly raw: (side: BenchTable, sizes: WorkloadSizes) => PageRead;
  readonly ours: (side: BenchTable, sizes: WorkloadSizes) => PageRead;
}

const Batch = new EntityName('BATCH');
const ItemName = new EntityName('ITEM');
const Tx = new EntityName('TX');
const PARTITION = 'all';
const BATCH_SIZE = 25;

/** The sort key value of item `i`: zero-padded so that items read back in order. */
export function itemId(i: number): string {
  return String(i).padStart(6, '0');
}

/** The batch write, the read back, the transactions and the gets, in this order. */
export const WORKLOADS: readonly (WorkloadPair | SteppedWorkloadPair | PagedWorkloadPair)[] = [
  { kind: 'whole', name: 'batch write', raw: rawBatchWrite, ours: coreBatchWrite },
  { kind: 'paged', name: 'read back page by page', raw: rawReadBack, ours: coreReadBack },
  {
    kind: 'stepped',
    name: 'four-action transactions',
    steps: (sizes) => sizes.transactions,
    raw: rawTransaction,
    ours: coreTransaction,
  },
  { kind: 'whole', name: 'gets at concurrency', raw: rawGets, ours: coreGets },
];

async function coreBatchWrite({ table }: BenchTable, sizes: WorkloadSizes): Promise<number> {
  const pk = new PartitionKey(Batch, PARTITION);
  const writes = Array.from(
    { length: sizes.items },
    (_, i) => new BatchPut(pk, new SortKey(ItemName, itemId(i)), ENTITY_ATTRIBUTES),
  );
  const result = await table.batchWrite(writes);
  return result.requests;
}

/** What a careful hand-written loop does: chunks of 25, 4 at a time, unprocessed items re-sent. */
async function rawBatchWrite(side: BenchTable, sizes: WorkloadSizes): Promise<number> {
  const chunks: NonNullable<BatchWriteCommandInput['RequestItems']>[string][] = [];
  for (let start = 0; start < sizes.items; start += BATCH_SIZE) {
    const end = Math.min(start + BATCH_SIZE, sizes.items);
    const createdAt = new Date().toISOString();
    chunks.push(
      Array.from({ length: end - start }, (_, k) => ({
        PutRequest: {
          Item: {
            CreatedAt: createdAt,
            ...ENTITY_ATTRIBUTES,
            PK: `BATCH#${PARTITION}`,
            SK: `ITEM#${itemId(start + k)}`,
          },
        },
      })),
    );
  }
  let requests = 0;
  const worker = async (): Promise<void> => {
    for (let chunk = chunks.shift(); chunk !== undefined; chunk = chunks.shift()) {
      let pending: BatchWriteCommandInput['RequestItems'] = { [side.name]: chunk };
      while (pending !== undefined && Object.keys(pending).length > 0) {
        requests += 1;
        const output: BatchWriteCommandOutput = await side.documentClient.send(
          new BatchWriteCommand({ RequestItems: pending }),
        );
        pending = output.UnprocessedItems;
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return requests;
}

function coreReadBack({ table }: BenchTable, sizes: WorkloadSizes): PageRead {
  const pk = new PartitionKey(Batch, PARTITION);
  const pages = table.queryPages(pk, { pageSize: sizes.pageSize })[Symbol.asyncIterator]();
  return async () => {
    const next = await pages.next();
    return next.done === true ? undefined : next.value.items.length;
  };
}

function rawReadBack(side: BenchTable, sizes: WorkloadSizes): PageRead {
  let startKey: Record<string, unknown> | undefined;
  let finished = false;
  return async () => {
    if (finished) return undefined;
    const output = await side.documentClient.send(
      new QueryCommand({
        TableName: side.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': 'PK' },
        ExpressionAttributeValues: { ':pk': `BATCH#${PARTITION}` },
        Limit: sizes.pageSize,
        ExclusiveStartKey: startKey,
      }),
    );
    startKey = output.LastEvaluatedKey;
    finished = startKey === undefined;
    return output.Items?.length ?? 0;
  };
}

/** Transaction `t`: inserts two items of its own and adds to two of the items written. */
async function coreTransaction(
  { table }: BenchTable,
  t: number,
  sizes: WorkloadSizes,
): Promise<void> {
  const pk = new PartitionKey(Batch, PARTITION);
  const txKey = new PartitionKey(Tx, String(t));
  await table.transactWriteItems([
    new InsertArg(txKey, new SortKey(Tx, 'a'), { n: t }),
    new InsertArg(txKey, new SortKey(Tx, 'b'), { n: t }),
    new UpdateArg(pk, new SortKey(ItemName, itemId((2 * t) % sizes.items)), { add: { hits: 1 } }),
    new UpdateArg(pk, new SortKey(ItemName, itemId((2 * t + 1) % sizes.items)), {
      add: { hits: 1 },
    }),
  ]);
}

async function rawTransaction(side: BenchTable, t: number, sizes: WorkloadSizes): Promise<void> {
  const insert = (sk: string) => ({
    Put: {
      TableName: side.name,
      Item: { CreatedAt: new Date().toISOString(), n: t, PK: `TX#${t}`, SK: `TX#${sk}` },
      ConditionExpression: 'attribute_not_exists(#pk)',
      ExpressionAttributeNames: { '#pk': 'PK' },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
    },
  });
  const update = (i: number) => ({
    Update: {
      TableName: side.name,
      Key: { PK: `BATCH#${PARTITION}`, SK: `ITEM#${itemId(i % sizes.items)}` },
      UpdateExpression: 'SET #at = :at ADD #hits :one',
      ExpressionAttributeNames: { '#at': 'UpdatedAt', '#hits': 'hits' },
      ExpressionAttributeValues: { ':at': new Date().toISOString(), ':one': 1 },
    },
  });
  await side.documentClient.send(
    new TransactWriteCommand({
      TransactItems: [insert('a'), insert('b'), update(2 * t), update(2 * t + 1)],
      ClientRequestToken: randomUUID(),
    }),
  );
}

async function coreGets({ table }: BenchTable, sizes: WorkloadSizes): Promise<number> {
  const pk = new PartitionKey(Batch, PARTITION);
  return inParallel(sizes, async (i) => {
    const item = await table.get(pk, new SortKey(ItemName, itemId(i % sizes.items)));
    return item === undefined ? 0 : 1;
  });
}

async function rawGets(side: BenchTable, sizes: WorkloadSizes): Promise<number> {
  return inParallel(sizes, async (i) => {
    const output = await side.documentClient.send(
      new GetCommand({
        TableName: side.name,
        Key: { PK: `BATCH#${PARTITION}`, SK: `ITEM#${itemId(i % sizes.items)}` },
      }),
    );
    return output.Item === undefined ? 0 : 1;
  });
}

/** Runs `get(0…gets-1)` with `getConcurrency` in flight; resolves to the sum of the results. */
async function inParallel(
  sizes: WorkloadSizes,
  get: (i: number) => Promise<number>,
): Promise<number> {
  let next = 0;
  let found = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < sizes.gets; i = next++) {
      const result = await get(i);
      found += result;
    }
  };
  await Promise.all(Array.from({ length: sizes.getConcurrency }, worker));
  return found;
}
