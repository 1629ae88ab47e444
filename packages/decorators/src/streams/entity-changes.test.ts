import 'reflect-metadata';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { Table } from '@dokklib/core';
import { Group, Membership, User } from '../../test/entities.js';
import { Attribute } from '../metadata/attribute.js';
import { Entity } from '../metadata/entity.js';
import { PartitionKey } from '../metadata/partition-key.js';
import { isChangeOf } from './entity-change.js';
import { entityChanges } from './entity-changes.js';
import type { StreamEvent } from './stream-event.js';

@Entity('BLOB')
class Blob {
  @PartitionKey() id!: string;
  @Attribute() data!: Uint8Array;
  @Attribute() tags!: Set<string>;
  @Attribute() big!: bigint;
  @Attribute() exact!: NumberValue;
}

const table = new Table('app', { client: new DynamoDBClient({ region: 'us-east-1' }) });

const userImage = {
  PK: { S: 'USER#alice' },
  SK: { S: 'USER#alice' },
  _type: { S: 'USER' },
  email: { S: 'alice@example.com' },
  joinedAt: { S: '2024-05-01T10:00:00.000Z' },
  version: { N: '2' },
};

function event(): StreamEvent {
  return {
    Records: [
      {
        eventName: 'INSERT',
        dynamodb: { Keys: { PK: userImage.PK, SK: userImage.SK }, NewImage: userImage },
      },
      {
        eventName: 'MODIFY',
        dynamodb: {
          Keys: { PK: { S: 'USER#alice' }, SK: { S: 'GROUP#red' } },
          OldImage: {
            PK: { S: 'USER#alice' },
            SK: { S: 'GROUP#red' },
            _type: { S: 'MEMBERSHIP' },
            role: { S: 'member' },
          },
          NewImage: {
            PK: { S: 'USER#alice' },
            SK: { S: 'GROUP#red' },
            _type: { S: 'MEMBERSHIP' },
            role: { S: 'admin' },
          },
        },
      },
      {
        eventName: 'REMOVE',
        dynamodb: {
          Keys: { PK: { S: 'BLOB#b1' }, SK: { S: 'BLOB#b1' } },
          OldImage: {
            PK: { S: 'BLOB#b1' },
            SK: { S: 'BLOB#b1' },
            _type: { S: 'BLOB' },
            data: { B: Buffer.from([0, 1, 255]).toString('base64') },
            tags: { SS: ['a', 'b'] },
            big: { N: '18446744073709551617' },
            exact: { N: '0.1000000000000000000001' },
          },
        },
      },
    ],
  };
}

describe('entityChanges', () => {
  it('reads each record as instances of the right class, as a normal read would', () => {
    const [insert, modify, remove] = entityChanges(table, event(), [User, Membership, Blob]);
    expect(insert).toMatchObject({ kind: 'entity', eventName: 'INSERT', entityClass: User });
    expect(insert.keys).toEqual({ PK: 'USER#alice', SK: 'USER#alice' });
    if (!isChangeOf(insert, User)) throw new Error('expected a User change');
    expect(insert.oldEntity).toBeUndefined();
    expect(insert.newEntity).toBeInstanceOf(User);
    expect(insert.newEntity).toEqual(
      Object.assign(new User(), {
        username: 'alice',
        email: 'alice@example.com',
        joinedAt: new Date('2024-05-01T10:00:00.000Z'),
        version: 2,
      }),
    );

    if (!isChangeOf(modify, Membership)) throw new Error('expected a Membership change');
    expect(modify.oldEntity).toEqual(
      Object.assign(new Membership(), { user: 'alice', group: 'red', role: 'member' }),
    );
    expect(modify.newEntity?.role).toBe('admin');

    if (!isChangeOf(remove, Blob)) throw new Error('expected a Blob change');
    expect(remove.newEntity).toBeUndefined();
    const blob = remove.oldEntity!;
    expect(blob.data).toBeInstanceOf(Uint8Array);
    expect([...blob.data]).toEqual([0, 1, 255]);
    expect(blob.tags).toEqual(new Set(['a', 'b']));
    expect(blob.big).toBe(2n ** 64n + 1n);
    expect(blob.exact).toBeInstanceOf(NumberValue);
    expect(blob.exact.value).toBe('0.1000000000000000000001');
  });

  it('reports records of other types, without a type or without images, and says why', () => {
    const records = event().Records;
    records.push(
      { eventName: 'INSERT', dynamodb: { NewImage: { PK: { S: 'X#1' }, SK: { S: 'X#1' } } } },
      { eventName: 'REMOVE', dynamodb: { Keys: { PK: { S: 'X#2' }, SK: { S: 'X#2' } } } },
    );
    const changes = entityChanges(table, { Records: records }, [User, Group]);
    expect(changes.map((c) => c.kind)).toEqual([
      'entity',
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(
      changes.slice(1).map((c) => (c.kind === 'unknown' ? [c.typeName, c.reason] : [])),
    ).toEqual([
      ['MEMBERSHIP', 'MEMBERSHIP is not one of the entity classes given'],
      ['BLOB', 'BLOB is not one of the entity classes given'],
      [undefined, 'the item has no _type attribute'],
      [undefined, 'the record holds no image (the stream view type is KEYS_ONLY)'],
    ]);
    expect(changes[4].keys).toEqual({ PK: 'X#2', SK: 'X#2' });
    expect(changes[1].record).toBe(records[1]);
  });
});
