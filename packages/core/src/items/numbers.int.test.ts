import { DynamoDBDocumentClient, NumberValue, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  EntityName,
  ItemTooLargeError,
  itemSizeBytes,
  MAX_ITEM_BYTES,
  PartitionKey,
  SortKey,
  type Table,
} from '../index.js';
import { createLocalTable, localClient } from '../../test/local-table.js';

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

describe('number sizes, as DynamoDB counts them', () => {
  const COUNT = 100;
  let bare: Table; // no timestamps: the item is exactly what the test measures

  beforeAll(async () => {
    bare = await createLocalTable({ timestamps: false });
  });
  const numbers = (text: string): Record<string, NumberValue> =>
    Object.fromEntries(Array.from({ length: COUNT }, (_, i) => [`n${i}`, NumberValue.from(text)]));

  it.each(['-12345', '1.5', '-12.345', '0.30000000000000004', '1e20', '-1.5e-100'])(
    'stores %s numbers up to 400 KB exactly: one byte more is refused by core before sending',
    async (text) => {
      const pk = new PartitionKey(Thing, `size${text}`);
      const sk = new SortKey(Thing, 'size');
      const attributes = { ...numbers(text), pad: '' };
      const key = { PK: String(pk), SK: String(sk) };
      const padLength = MAX_ITEM_BYTES - itemSizeBytes({ ...key, ...attributes });
      await bare.put(pk, sk, { ...attributes, pad: 'x'.repeat(padLength) });
      await expect(
        bare.put(pk, sk, { ...attributes, pad: 'x'.repeat(padLength + 1) }),
      ).rejects.toBeInstanceOf(ItemTooLargeError);
      // DynamoDB itself refuses that item: core's count is exact, not merely cautious.
      const raw = DynamoDBDocumentClient.from(localClient());
      const item = { ...key, ...attributes, pad: 'x'.repeat(padLength + 1) };
      await expect(raw.send(new PutCommand({ TableName: bare.name, Item: item }))).rejects.toThrow(
        /size/,
      );
    },
  );
});
