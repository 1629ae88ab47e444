import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { EntityName, ItemTooLargeError, PartitionKey, SortKey, type Table } from '../index.js';
import { createLocalTable } from '../../test/local-table.js';

const Thing = new EntityName('THING');
let table: Table;

beforeAll(async () => {
  table = await createLocalTable();
});

it('writes and reads numbers JavaScript cannot hold exactly without rounding them', async () => {
  const pk = new PartitionKey(Thing, 'numbers');
  const sk = new SortKey(Thing, 'numbers');
  await table.put(pk, sk, {
    safe: 42.5,
    bigInteger: 2n ** 64n + 1n,
    precise: NumberValue.from('0.12345678901234567890123'),
    set: new Set([1, 2.5]),
  });
  const item = await table.get(pk, sk);
  expect(item?.safe).toBe(42.5);
  expect(item?.bigInteger).toBe(18446744073709551617n);
  expect(String(item?.precise)).toBe('0.12345678901234567890123');
  expect(item?.set).toEqual(new Set([1, 2.5]));
});

it('refuses an item over 400 KB before sending, and stores one just under', async () => {
  const pk = new PartitionKey(Thing, 'big');
  const sk = new SortKey(Thing, 'big');
  await expect(table.put(pk, sk, { payload: 'x'.repeat(400 * 1024) })).rejects.toBeInstanceOf(
    ItemTooLargeError,
  );
  await table.put(pk, sk, { payload: 'x'.repeat(399 * 1024) });
  expect(((await table.get(pk, sk))?.payload as string).length).toBe(399 * 1024);
});
