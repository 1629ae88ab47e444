import { mockTable } from '../../../test/mock-table.js';
import { RequestTooLargeError } from '../../errors/request-too-large-error.js';
import { ValidationError } from '../../errors/validation-error.js';
import { EntityName } from '../../keys/entity-name.js';
import { PartitionKey } from '../../keys/partition-key.js';
import { SortKey } from '../../keys/sort-key.js';
import { InsertArg } from './insert-arg.js';
import { DeleteArg } from './delete-arg.js';
import { PutArg } from './put-arg.js';
import { UpdateArg } from './update-arg.js';

const User = new EntityName('USER');
const Group = new EntityName('GROUP');
const key = (id: string) => [new PartitionKey(User, id), new SortKey(User, id)] as const;
const membership = (user: string, group: string) =>
  [new PartitionKey(User, user), new SortKey(Group, group)] as const;

/** The message of the error `run` throws. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as Error).message;
  }
  throw new Error('Nothing was refused.');
}

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

  it('allows many actions on one partition, one per sort key', () => {
    const { table } = mockTable();
    const args = ['g1', 'g2', 'g3', 'g4'].map((g) => new DeleteArg(...membership('alice', g)));
    expect(table.requests.transactWriteItems(args).TransactItems).toHaveLength(4);
  });

  it('refuses a second action on an item, naming both, among others on its partition', () => {
    const { table } = mockTable();
    const args = [
      new DeleteArg(...membership('alice', 'g1')),
      new DeleteArg(...membership('bob', 'g1')),
      new DeleteArg(...membership('alice', 'g2')),
      new DeleteArg(...membership('alice', 'g3')),
      new InsertArg(...membership('alice', 'g2')),
    ];
    expect(refusal(() => table.requests.transactWriteItems(args))).toBe(
      'Transaction actions #2 and #4 both touch USER#alice / GROUP#g2; DynamoDB allows one action per item.',
    );
  });

  it('refuses a hole in the actions before sending', () => {
    const { table, mock } = mockTable();
    const args = [new DeleteArg(...key('a'))];
    args[2] = new DeleteArg(...key('b'));
    expect(refusal(() => table.requests.transactWriteItems(args))).toBe(
      'Transaction action #1 is not an InsertArg, PutArg, UpdateArg, DeleteArg or ConditionCheckArg.',
    );
    expect(mock.calls()).toHaveLength(0);
  });

  it("counts an update's key and values toward the 4 MB limit", () => {
    const { table } = mockTable();
    const payload = 'x'.repeat(390 * 1024);
    const updates = (count: number) =>
      Array.from({ length: count }, (_, i) => new UpdateArg(...key(`u${i}`), { set: { payload } }));
    expect(table.requests.transactWriteItems(updates(10)).TransactItems).toHaveLength(10);
    expect(() => table.requests.transactWriteItems(updates(11))).toThrow(RequestTooLargeError);
  });
});
