import 'reflect-metadata';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import {
  ItemTooLargeError,
  MAX_ITEM_BYTES,
  MAX_TRANSACTION_BYTES,
  RequestTooLargeError,
} from '@dokklib/core';
import { mockTable } from '../../../core/test/mock-table.js';
import { Membership, User } from '../../test/entities.js';
import { UnitOfWork } from './unit-of-work.js';

const { table, mock } = mockTable({ clock: () => new Date('2024-05-06T07:08:09.000Z') });

const aliceItem = {
  PK: 'USER#alice',
  SK: 'USER#alice',
  _type: 'USER',
  email: 'alice@old.org',
  joinedAt: '2024-01-02T03:04:05.000Z',
  version: 3,
};

beforeEach(() => {
  mock.reset();
  mock.on(GetCommand).resolves({ Item: aliceItem });
  mock.on(TransactWriteCommand).resolves({});
});

type Action = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** The transactions sent, as their actions. */
function sentActions(): Action[][] {
  return mock
    .commandCalls(TransactWriteCommand)
    .map((call) => call.args[0].input.TransactItems ?? []);
}

/** An expression with its `#n`/`:v` placeholders replaced by the names and values they stand for. */
function resolved(
  expression: string | undefined,
  action: {
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, unknown>;
  },
): string {
  return (expression ?? '')
    .replace(/#\w+/g, (p) => action.ExpressionAttributeNames?.[p] ?? p)
    .replace(/:\w+/g, (p) => JSON.stringify(action.ExpressionAttributeValues?.[p]));
}

async function loadedAlice(uow: UnitOfWork): Promise<User> {
  const alice = await uow.get(User, { username: 'alice' });
  if (alice === undefined) throw new Error('alice was not read');
  return alice;
}

describe('UnitOfWork request building', () => {
  it('updates only the changed attributes of a tracked entity, conditional on its version', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    alice.email = 'alice@new.org';
    await uow.commit();
    const [actions] = sentActions();
    expect(actions).toHaveLength(1);
    const update = actions![0]!.Update!;
    expect(update.Key).toEqual({ PK: 'USER#alice', SK: 'USER#alice' });
    expect(resolved(update.UpdateExpression, update)).toBe(
      'SET email = "alice@new.org", version = 4, UpdatedAt = "2024-05-06T07:08:09.000Z"',
    );
    expect(resolved(update.ConditionExpression, update)).toBe(
      '(attribute_exists(PK)) AND (version = 3)',
    );
    expect(alice.version).toBe(4);
  });

  it('removes attributes set to undefined', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    (alice as Partial<User>).email = undefined;
    const update = uow.toTransactWriteInput()!.TransactItems![0]!.Update!;
    expect(resolved(update.UpdateExpression, update)).toBe(
      'SET version = 4, UpdatedAt = "2024-05-06T07:08:09.000Z" REMOVE email',
    );
  });

  it('sends nothing for an empty commit or for tracked entities that did not change', async () => {
    const uow = new UnitOfWork(table);
    await uow.commit();
    await loadedAlice(uow);
    expect(uow.toTransactWriteInput()).toBeUndefined();
    await uow.commit();
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('sends every action of a commit in exactly one TransactWriteItems call', async () => {
    mock.on(QueryCommand).resolves({
      Items: [{ PK: 'USER#alice', SK: 'GROUP#group1', _type: 'MEMBERSHIP', role: 'member' }],
    });
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    const [inGroup1] = await uow.query(Membership, { user: 'alice' });
    alice.email = 'alice@new.org';
    uow.delete(inGroup1!);
    uow.insert(Object.assign(new Membership(), { user: 'alice', group: 'group2', role: 'member' }));
    await uow.commit();
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(1);
    const actions = sentActions()[0]!;
    expect(actions.map((a) => Object.keys(a)[0])).toEqual(['Delete', 'Put', 'Update']);
    expect(actions[1]!.Put!.Item).toMatchObject({ PK: 'USER#alice', SK: 'GROUP#group2' });
    expect(actions[1]!.Put!.ConditionExpression).toMatch(/attribute_not_exists/);
  });

  it("refuses an item over 400 KB by core's item size, before sending", async () => {
    const uow = new UnitOfWork(table);
    const big = (role: string) =>
      Object.assign(new Membership(), { user: 'alice', group: 'big', role });
    uow.put(big('x'.repeat(MAX_ITEM_BYTES - 100)));
    expect(uow.toTransactWriteInput()).toBeDefined();
    uow.clear();
    uow.put(big('x'.repeat(MAX_ITEM_BYTES)));
    await expect(uow.commit()).rejects.toBeInstanceOf(ItemTooLargeError);
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it("refuses items over 4 MB in all by core's sizes, before sending", async () => {
    const uow = new UnitOfWork(table);
    const count = Math.floor(MAX_TRANSACTION_BYTES / (MAX_ITEM_BYTES - 1000)) + 1;
    for (let i = 0; i < count; i += 1) {
      const role = 'x'.repeat(MAX_ITEM_BYTES - 1000);
      uow.insert(Object.assign(new Membership(), { user: 'alice', group: `g${i}`, role }));
    }
    await expect(uow.commit()).rejects.toBeInstanceOf(RequestTooLargeError);
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('re-sends a retried commit with the same ClientRequestToken', async () => {
    mock
      .on(TransactWriteCommand)
      .rejectsOnce(Object.assign(new Error('socket hang up'), { name: 'TimeoutError' }))
      .resolves({});
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    alice.email = 'alice@new.org';
    await expect(uow.commit()).rejects.toThrow();
    await uow.commit();
    const tokens = mock
      .commandCalls(TransactWriteCommand)
      .map((call) => call.args[0].input.ClientRequestToken);
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toEqual(expect.any(String));
    expect(tokens[1]).toBe(tokens[0]);
  });

  it('builds a new request, with a new token, when the commit changed after a failed try', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    alice.email = 'alice@new.org';
    const first = uow.toTransactWriteInput()!;
    expect(uow.toTransactWriteInput()).toBe(first);
    alice.email = 'alice@newer.org';
    const second = uow.toTransactWriteInput()!;
    expect(second.ClientRequestToken).not.toBe(first.ClientRequestToken);
    expect(JSON.stringify(second)).toContain('alice@newer.org');
  });
});
