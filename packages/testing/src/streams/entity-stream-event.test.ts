import 'reflect-metadata';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Table } from '@dokklib/core';
import {
  Attribute,
  Entity,
  entityChanges,
  PartitionKey,
  SortKey,
  Version,
} from '@dokklib/decorators';
import { entityStreamEvent } from './entity-stream-event.js';

@Entity('STREAM_USER')
class StreamUser {
  @PartitionKey() username!: string;
  @Attribute() joinedAt!: Date;
  @Attribute() avatar?: Uint8Array;
  @Attribute() tags?: Set<string>;
  @Version() version!: number;
}

@Entity('STREAM_MEMBER')
class StreamMember {
  @PartitionKey(StreamUser) user!: string;
  @SortKey('GROUP') group!: string;
  @Attribute() role!: string;
}

const table = new Table('app', { client: new DynamoDBClient({ region: 'us-east-1' }) });

function user(version: number): StreamUser {
  return Object.assign(new StreamUser(), {
    username: 'alice',
    joinedAt: new Date('2024-05-01T10:00:00.000Z'),
    avatar: new Uint8Array([7, 0, 255]),
    tags: new Set(['a']),
    version,
  });
}

const member = Object.assign(new StreamMember(), { user: 'alice', group: 'red', role: 'admin' });

describe('entityStreamEvent', () => {
  it('builds the records a stream would hold, which entityChanges reads back as the entities', () => {
    const event = entityStreamEvent(table, [
      { insert: member },
      { modify: [user(1), user(2)] },
      { remove: member },
    ]);
    expect(event.Records.map((r) => r.eventName)).toEqual(['INSERT', 'MODIFY', 'REMOVE']);
    expect(event.Records[0].dynamodb?.Keys).toEqual({
      PK: { S: 'STREAM_USER#alice' },
      SK: { S: 'GROUP#red' },
    });
    expect(event.Records[1].dynamodb?.NewImage?.avatar).toEqual({ B: 'BwD/' });
    const changes = entityChanges(table, event, [StreamUser, StreamMember]);
    expect(changes.map((c) => (c.kind === 'entity' ? [c.newEntity, c.oldEntity] : c))).toEqual([
      [member, undefined],
      [user(2), user(1)],
      [undefined, member],
    ]);
  });

  it('holds only the images its view type says', () => {
    const keysOnly = entityStreamEvent(table, [{ modify: [user(1), user(2)] }], {
      viewType: 'KEYS_ONLY',
    });
    expect(Object.keys(keysOnly.Records[0].dynamodb!)).toEqual([
      'Keys',
      'SequenceNumber',
      'StreamViewType',
    ]);
    const newOnly = entityStreamEvent(table, [{ modify: [user(1), user(2)] }], {
      viewType: 'NEW_IMAGE',
    });
    const [change] = entityChanges(table, newOnly, [StreamUser]);
    expect(change).toMatchObject({ kind: 'entity', newEntity: user(2), oldEntity: undefined });
  });
});
