import {
  BatchDelete,
  BatchPut,
  type CommandEvent,
  EntityName,
  PartitionKey,
  PrefixSortKey,
  SortKey,
  type Table,
} from '../../index.js';
import { createLocalTable } from '../../../test/local-table.js';

const User = new EntityName('USER');
const Doc = new EntityName('DOC');
const pk = new PartitionKey(User, 'bulk');
const sk = (i: number): SortKey => new SortKey(Doc, `d${String(i).padStart(5, '0')}`);
const COUNT = 5000;

let table: Table;
const commands: CommandEvent[] = [];

beforeAll(async () => {
  table = await createLocalTable({
    clock: () => new Date('2024-01-02T03:04:05.000Z'),
    logger: { onCommand: (event) => commands.push(event) },
  });
});

it('writes 5,000 items in exactly 200 requests, reads them back, then deletes them', async () => {
  const puts = Array.from({ length: COUNT }, (_, i) => new BatchPut(pk, sk(i), { n: i }));
  commands.length = 0;

  const result = await table.batchWrite(puts, { concurrency: 8 });

  expect(result).toEqual({ requests: 200, retries: 0 });
  expect(commands.filter((event) => event.command === 'BatchWriteItem')).toHaveLength(200);

  const queried = await table.queryPrefix(pk, new PrefixSortKey(Doc), {
    attributes: ['SK', 'n', 'CreatedAt'],
    consistent: true,
  });
  expect(queried).toHaveLength(COUNT);
  expect(new Set(queried.map((item) => item.SK)).size).toBe(COUNT);
  expect(queried.every((item) => item.SK === `d${String(item.n).padStart(5, '0')}`)).toBe(true);
  expect(queried.every((item) => item.CreatedAt === '2024-01-02T03:04:05.000Z')).toBe(true);

  const keys = puts.map(({ pk: p, sk: s }) => ({ pk: p, sk: s }));
  const read = await table.batchGet(keys, { consistent: true });
  expect(read).toEqual(
    Array.from({ length: COUNT }, (_, i) => ({
      PK: 'bulk',
      SK: `d${String(i).padStart(5, '0')}`,
      n: i,
      CreatedAt: '2024-01-02T03:04:05.000Z',
    })),
  );

  const deletes = keys.map((key) => new BatchDelete(key.pk, key.sk));
  await expect(table.batchWrite(deletes)).resolves.toEqual({ requests: 200, retries: 0 });
  const afterDelete = await table.batchGet(keys, { consistent: true });
  expect(afterDelete).toHaveLength(COUNT);
  expect(afterDelete.every((item) => item === undefined)).toBe(true);
}, 120_000);

it('mixes puts and deletes in one call', async () => {
  const other = new PartitionKey(User, 'mixed');
  await table.batchWrite([new BatchPut(other, sk(1), { v: 1 }), new BatchPut(other, sk(2))]);
  await table.batchWrite([new BatchDelete(other, sk(1)), new BatchPut(other, sk(3), { v: 3 })]);
  const read = await table.batchGet(
    [1, 2, 3].map((i) => ({ pk: other, sk: sk(i) })),
    { consistent: true, attributes: ['v'] },
  );
  expect(read).toEqual([undefined, {}, { v: 3 }]);
});
