import { randomUUID } from 'node:crypto';
import {
  attr,
  BareTable,
  batchGet,
  BatchPut,
  batchWrite,
  ConditionalCheckFailedError,
  createTable,
  deleteItem,
  EntityName,
  getItem,
  InsertArg,
  insertItem,
  PartitionKey,
  PrefixSortKey,
  putItem,
  queryPages,
  queryPrefix,
  SortKey,
  transactGetItems,
  TransactionCanceledError,
  transactWriteItems,
  UpdateArg,
  updateItem,
} from '../index.js';
import { localClient } from '../../test/local-table.js';

const User = new EntityName('USER');
const Group = new EntityName('GROUP');
const alice = new PartitionKey(User, 'alice');
const g1 = new SortKey(Group, 'g1');
const g2 = new SortKey(Group, 'g2');

let table: BareTable;

beforeAll(async () => {
  table = new BareTable(`test-${randomUUID()}`, { client: localClient() });
  await createTable(table);
});

it('writes, reads, updates and deletes an item with the operation functions', async () => {
  await insertItem(table, alice, g1, { role: 'member' });
  await expect(insertItem(table, alice, g1)).rejects.toBeInstanceOf(ConditionalCheckFailedError);
  await updateItem(table, alice, g1, { set: { role: 'admin' }, add: { logins: 1 } });
  expect(await getItem(table, alice, g1, { attributes: ['role', 'logins'] })).toEqual({
    role: 'admin',
    logins: 1,
  });
  await putItem(table, alice, g2, { role: 'member' });
  expect(await queryPrefix(table, alice, new PrefixSortKey(Group))).toEqual([
    { SK: 'g1' },
    { SK: 'g2' },
  ]);
  await deleteItem(table, alice, g2);
  expect(await getItem(table, alice, g2)).toBeUndefined();
});

it('applies a transaction all or none', async () => {
  const bob = new PartitionKey(User, 'bob');
  await transactWriteItems(table, [
    new InsertArg(bob, g1, { n: 1 }),
    new UpdateArg(bob, g2, { set: { n: 2 } }),
  ]);
  const failing = transactWriteItems(table, [
    new UpdateArg(bob, g1, { add: { n: 10 } }),
    new UpdateArg(bob, g2, { set: { n: 20 } }, { condition: attr('n').eq(3) }),
  ]);
  await expect(failing).rejects.toBeInstanceOf(TransactionCanceledError);
  const items = await transactGetItems(table, [
    { pk: bob, sk: g1 },
    { pk: bob, sk: g2 },
  ]);
  expect(items.map((item) => item?.n)).toEqual([1, 2]);
});

it('batch-writes and reads back items page by page', async () => {
  const carol = new PartitionKey(User, 'carol');
  const sks = Array.from(
    { length: 60 },
    (_, i) => new SortKey(Group, `g${String(i).padStart(2, '0')}`),
  );
  const result = await batchWrite(
    table,
    sks.map((sk) => new BatchPut(carol, sk, { i: sk.value })),
  );
  expect(result.requests).toBe(3);
  const read = await batchGet(
    table,
    sks.map((sk) => ({ pk: carol, sk })),
  );
  expect(read.map((item) => item?.i)).toEqual(sks.map((sk) => sk.value));
  const pages: number[] = [];
  for await (const page of queryPages(table, carol, { pageSize: 25 }))
    pages.push(page.items.length);
  expect(pages).toEqual([25, 25, 10]);
});
