import 'reflect-metadata';
import { GetCommand, NumberValue } from '@aws-sdk/lib-dynamodb';
import type { Table } from '@dokklib/core';
import { Type } from 'class-transformer';
import { createLocalTable } from '../../../core/test/local-table.js';
import { EntityManager } from '../entity-manager/entity-manager.js';
import { Attribute } from '../metadata/attribute.js';
import { Entity } from '../metadata/entity.js';
import { PartitionKey } from '../metadata/partition-key.js';

/** Holds a thumbnail and an exact price, nested in a class. */
class Attachment {
  thumbnail?: Uint8Array;
  price?: NumberValue;
}

/** Binary values and exact numbers at every depth class-transformer would take apart. */
@Entity('BLOB')
class Blob {
  @PartitionKey() id!: string;
  @Attribute() data?: Uint8Array;
  @Attribute() buffer?: Buffer;
  @Attribute() exact?: NumberValue;
  @Attribute() @Type(() => Attachment) attachment?: Attachment;
  @Attribute() map?: Record<string, unknown>;
  @Attribute() list?: unknown[];
}

let table: Table;
let em: EntityManager;

beforeAll(async () => {
  table = await createLocalTable();
  em = new EntityManager(table);
});

function blob(): Blob {
  return Object.assign(new Blob(), {
    id: 'b1',
    data: new Uint8Array([0, 1, 255]),
    buffer: Buffer.from('buffer'),
    exact: NumberValue.from('12345678901234567890.123456789'),
    attachment: Object.assign(new Attachment(), {
      thumbnail: new Uint8Array([7]),
      price: NumberValue.from('0.10000000000000000001'),
    }),
    map: {
      bytes: new Uint8Array([9, 9]),
      nested: { n: NumberValue.from('1.000000000000000000001') },
    },
    list: [new Uint8Array([4]), 'text', 3],
  });
}

it('stores binary values and exact numbers at any depth as DynamoDB binary and numbers', async () => {
  await em.put(blob());
  const { Item } = await table.client.send(
    new GetCommand({ TableName: table.config.tableName, Key: { PK: 'BLOB#b1', SK: 'BLOB#b1' } }),
  );
  expect(Item?.data).toEqual(new Uint8Array([0, 1, 255]));
  expect(Item?.attachment.thumbnail).toEqual(new Uint8Array([7]));
  expect(Item?.map.bytes).toEqual(new Uint8Array([9, 9]));
  expect(Item?.list[0]).toEqual(new Uint8Array([4]));
  expect(String(Item?.map.nested.n)).toBe('1.000000000000000000001');
});

it('reads them back unchanged, in the entity classes', async () => {
  await em.put(blob());
  const read = (await em.get(Blob, { id: 'b1' }, { consistent: true }))!;
  expect(read.data).toEqual(new Uint8Array([0, 1, 255]));
  expect(Buffer.from(read.buffer!).toString()).toBe('buffer');
  expect(read.exact?.toString()).toBe('12345678901234567890.123456789');
  expect(read.attachment).toBeInstanceOf(Attachment);
  expect(read.attachment?.thumbnail).toEqual(new Uint8Array([7]));
  expect(read.attachment?.price?.toString()).toBe('0.10000000000000000001');
  expect(read.map?.bytes).toEqual(new Uint8Array([9, 9]));
  expect(String((read.map?.nested as { n: NumberValue }).n)).toBe('1.000000000000000000001');
  expect(read.list).toEqual([new Uint8Array([4]), 'text', 3]);
});
