import 'reflect-metadata';
import {
  BatchPut,
  EntityName,
  PartitionKey,
  SortKey,
  type Table,
  TransactionCanceledError,
} from '@dokklib/core';
import { EntityManager, UnitOfWork, VersionConflictError } from '@dokklib/decorators';
import { createLocalTable } from '../packages/core/test/local-table.js';
import { Counter } from './support/reliability-entities.js';
import { reliabilityCase } from './support/reliability-case.js';

const AREA = 'Load and concurrency (DynamoDB Local)';
const Bucket = new EntityName('BUCKET');
const Row = new EntityName('ROW');
const ITEMS = 50_000;
const PARTITIONS = 8;
const WRITERS = 16;
const INCREMENTS = 10;
let table: Table;
let em: EntityManager;

beforeAll(async () => {
  table = await createLocalTable({ timestamps: false });
  em = new EntityManager(table);
});

reliabilityCase(
  {
    id: 'LOAD-1',
    area: AREA,
    case: `${ITEMS.toLocaleString('en')} items written with Table.batchWrite over ${PARTITIONS} partitions, read back with paginated queries (pages of 1,000)`,
    expected:
      'Every item read exactly once: zero lost, zero duplicated (a Set of ids and counts per partition)',
  },
  async (notes) => {
    const id = (i: number) => `r${String(i).padStart(6, '0')}`;
    const partition = (i: number) => new PartitionKey(Bucket, `b${i % PARTITIONS}`);
    const writes = Array.from(
      { length: ITEMS },
      (_, i) => new BatchPut(partition(i), new SortKey(Row, id(i)), { i }),
    );
    const started = performance.now();
    const result = await table.batchWrite(writes, { concurrency: 8 });
    notes.writeMs = Math.round(performance.now() - started);
    notes.writeRequests = result.requests;
    notes.writeRetries = result.retries;
    const seen = new Set<string>();
    let read = 0;
    let pages = 0;
    const readStarted = performance.now();
    for (let p = 0; p < PARTITIONS; p += 1) {
      let inPartition = 0;
      for await (const page of table.queryPages(partition(p), { pageSize: 1000 })) {
        pages += 1;
        for (const item of page.items) {
          seen.add(String(item.SK));
          expect(Number(item.i) % PARTITIONS).toBe(p);
        }
        inPartition += page.items.length;
      }
      expect({ partition: p, count: inPartition }).toEqual({
        partition: p,
        count: ITEMS / PARTITIONS,
      });
      read += inPartition;
    }
    notes.readMs = Math.round(performance.now() - readStarted);
    notes.pages = pages;
    notes.itemsRead = read;
    notes.distinctIds = seen.size;
    expect(read).toBe(ITEMS);
    expect(seen.size).toBe(ITEMS);
    expect([...seen].sort()).toEqual(writes.map((w) => w.sk.value).sort());
  },
  600_000,
);

/** Runs `writers` loops that each increment a counter `increments` times, retrying conflicts. */
async function contend(
  increment: () => Promise<void>,
  conflictErrors: readonly (abstract new (...args: never[]) => Error)[],
  notes: Record<string, string | number>,
): Promise<void> {
  let conflicts = 0;
  const writer = async () => {
    for (let done = 0; done < INCREMENTS;) {
      try {
        await increment();
        done += 1;
      } catch (error) {
        if (!conflictErrors.some((type) => error instanceof type)) throw error;
        conflicts += 1;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: WRITERS }, writer));
  notes.ms = Math.round(performance.now() - started);
  notes.successfulIncrements = WRITERS * INCREMENTS;
  notes.conflictsRetried = conflicts;
}

reliabilityCase(
  {
    id: 'LOAD-2',
    area: AREA,
    case: `${WRITERS} concurrent writers, each incrementing a versioned counter ${INCREMENTS} times through EntityManager (get, +1, update, retry on conflict)`,
    expected: `Final value = ${WRITERS * INCREMENTS} = successful increments (no lost update); every conflict is a VersionConflictError`,
  },
  async (notes) => {
    await em.insert(Object.assign(new Counter(), { id: 'em', value: 0 }));
    await contend(
      async () => {
        const counter = (await em.get(Counter, { id: 'em' }, { consistent: true }))!;
        await em.update(counter, { value: counter.value + 1 });
      },
      [VersionConflictError],
      notes,
    );
    const counter = await em.get(Counter, { id: 'em' }, { consistent: true });
    notes.finalValue = counter!.value;
    expect(counter).toMatchObject({
      value: WRITERS * INCREMENTS,
      version: WRITERS * INCREMENTS + 1,
    });
  },
  300_000,
);

reliabilityCase(
  {
    id: 'LOAD-3',
    area: AREA,
    case: `${WRITERS} concurrent writers, each incrementing a versioned counter ${INCREMENTS} times through a UnitOfWork (get, +1, commit, retry on conflict)`,
    expected: `Final value = ${WRITERS * INCREMENTS} (no lost update); every conflict is a VersionConflictError or TransactionCanceledError`,
  },
  async (notes) => {
    await em.insert(Object.assign(new Counter(), { id: 'uow', value: 0 }));
    await contend(
      async () => {
        const uow = new UnitOfWork(table);
        const counter = (await uow.get(Counter, { id: 'uow' }, { consistent: true }))!;
        counter.value += 1;
        await uow.commit();
      },
      [VersionConflictError, TransactionCanceledError],
      notes,
    );
    const counter = await em.get(Counter, { id: 'uow' }, { consistent: true });
    notes.finalValue = counter!.value;
    expect(counter).toMatchObject({
      value: WRITERS * INCREMENTS,
      version: WRITERS * INCREMENTS + 1,
    });
  },
  300_000,
);
