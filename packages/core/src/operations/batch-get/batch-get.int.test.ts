import { BatchPut, EntityName, PartitionKey, SortKey, type Table } from '../../index.js';
import { createLocalTable } from '../../../test/local-table.js';

const User = new EntityName('USER');
const Doc = new EntityName('DOC');
const key = (i: number) => ({
  pk: new PartitionKey(User, `u${i % 9}`),
  sk: new SortKey(Doc, `d${i}`),
});

let table: Table;

beforeAll(async () => {
  table = await createLocalTable({ timestamps: false });
});

it('reads 250 keys, some missing, in the order given', async () => {
  const present = (i: number): boolean => i % 4 !== 0;
  const writes = Array.from({ length: 250 }, (_, i) => i)
    .filter(present)
    .map((i) => new BatchPut(key(i).pk, key(i).sk, { n: i }));
  await table.batchWrite(writes);
  const order = Array.from({ length: 250 }, (_, i) => (i * 97) % 250);

  const items = await table.batchGet(order.map(key), { consistent: true });

  expect(items).toEqual(
    order.map((i) => (present(i) ? { PK: `u${i % 9}`, SK: `d${i}`, n: i } : undefined)),
  );
});

it('projects only the attributes asked for, matching items to keys all the same', async () => {
  await table.batchWrite([new BatchPut(key(1000).pk, key(1000).sk, { a: 1, b: 2 })]);
  const items = await table.batchGet([key(1001), key(1000)], { attributes: ['b'] });
  expect(items).toEqual([undefined, { b: 2 }]);
});
