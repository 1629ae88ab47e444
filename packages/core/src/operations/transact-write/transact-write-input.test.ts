import { mockTable } from '../../../test/mock-table.js';
import { ValidationError } from '../../errors/validation-error.js';
import { EntityName } from '../../keys/entity-name.js';
import { PartitionKey } from '../../keys/partition-key.js';
import { SortKey } from '../../keys/sort-key.js';
import { InsertArg } from './insert-arg.js';
import { PutArg } from './put-arg.js';
import { UpdateArg } from './update-arg.js';

const User = new EntityName('USER');
const key = (id: string) => [new PartitionKey(User, id), new SortKey(User, id)] as const;

/** A clock one second further on at every call. */
function tickingClock(): () => Date {
  let seconds = 0;
  return () => new Date(Date.UTC(2024, 0, 1, 0, 0, (seconds += 1)));
}

describe('transactWriteInput', () => {
  it('stamps every action of a transaction with the same time, read once', () => {
    const { table } = mockTable({ clock: tickingClock() });
    const input = table.requests.transactWriteItems([
      new InsertArg(...key('a')),
      new PutArg(...key('b')),
      new UpdateArg(...key('c'), { set: { name: 'C' } }),
    ]);
    const [insert, put, update] = input.TransactItems ?? [];
    expect(insert?.Put?.Item?.CreatedAt).toBe('2024-01-01T00:00:01.000Z');
    expect(put?.Put?.Item?.CreatedAt).toBe('2024-01-01T00:00:01.000Z');
    expect(update?.Update?.ExpressionAttributeValues).toEqual({
      ':v0': 'C',
      ':v1': '2024-01-01T00:00:01.000Z',
    });
  });

  it('takes a new time for the next transaction', () => {
    const { table } = mockTable({ clock: tickingClock() });
    table.requests.transactWriteItems([new InsertArg(...key('a'))]);
    const next = table.requests.transactWriteItems([new InsertArg(...key('a'))]);
    expect(next.TransactItems?.[0]?.Put?.Item?.CreatedAt).toBe('2024-01-01T00:00:02.000Z');
  });

  it('refuses an attribute named __proto__ (the SDK would drop it) without polluting prototypes', () => {
    const { table } = mockTable();
    const attributes = JSON.parse('{"__proto__": {"polluted": true}, "name": "A"}') as Record<
      string,
      unknown
    >;
    expect(() =>
      table.requests.transactWriteItems([new InsertArg(...key('a'), attributes)]),
    ).toThrow(ValidationError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
