import 'reflect-metadata';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import {
  attr,
  GlobalSecondaryIndex,
  ItemTooLargeError,
  MAX_ITEM_BYTES,
  MAX_TRANSACTION_BYTES,
  RequestTooLargeError,
} from '@dokklib/core';
import { mockTable, sdkError } from '../../../core/test/mock-table.js';
import { Membership, Order, User } from '../../test/entities.js';
import { DuplicateItemActionError } from '../errors/duplicate-item-action-error.js';
import { EntityNotManagedError } from '../errors/entity-not-managed-error.js';
import { KeyChangeError } from '../errors/key-change-error.js';
import { UnitOfWork } from './unit-of-work.js';

const { table, mock } = mockTable({
  clock: () => new Date('2024-05-06T07:08:09.000Z'),
  globalIndexes: [new GlobalSecondaryIndex('GSI_2', 'GSI_2_PK', 'GSI_2_SK')],
});

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

describe('UnitOfWork life cycle', () => {
  it('keeps a loaded entity managed after a commit, so the next commit writes a later change', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    alice.email = 'alice@new.org';
    await uow.commit();
    alice.email = 'alice@newer.org';
    await uow.commit();
    const sent = sentActions();
    expect(sent).toHaveLength(2);
    const update = sent[1]![0]!.Update!;
    expect(resolved(update.UpdateExpression, update)).toBe(
      'SET email = "alice@newer.org", version = 5, UpdatedAt = "2024-05-06T07:08:09.000Z"',
    );
    expect(resolved(update.ConditionExpression, update)).toBe(
      '(attribute_exists(PK)) AND (version = 4)',
    );
    expect(await uow.get(User, { username: 'alice' })).toBe(alice);
    expect(mock.commandCalls(GetCommand)).toHaveLength(1);
  });

  it('manages an inserted entity after its commit, its snapshot holding the stamps written', async () => {
    const uow = new UnitOfWork(table);
    const order = Object.assign(new Order(), {
      user: 'alice',
      date: '2024-05-01',
      number: 17,
      totalCents: 100,
    });
    uow.insert(order);
    await uow.commit();
    expect(uow.toTransactWriteInput()).toBeUndefined();
    order.totalCents = 250;
    const update = uow.toTransactWriteInput()!.TransactItems![0]!.Update!;
    expect(resolved(update.UpdateExpression, update)).toBe(
      'SET total_cents = 250, updatedAt = "2024-05-06T07:08:09.000Z", UpdatedAt = "2024-05-06T07:08:09.000Z"',
    );
  });

  it('detaches a deleted entity and consumes the registered actions of a commit', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    uow.delete(alice);
    await uow.commit();
    expect(uow.toTransactWriteInput()).toBeUndefined();
    alice.email = 'gone@x.org';
    expect(uow.toTransactWriteInput()).toBeUndefined();
    expect(await uow.get(User, { username: 'alice' })).not.toBe(alice);
  });

  it('keeps snapshots, versions and actions as they were after a failed commit', async () => {
    mock.on(TransactWriteCommand).rejectsOnce(sdkError('ThrottlingException')).resolves({});
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    alice.email = 'alice@new.org';
    uow.insert(Object.assign(new Membership(), { user: 'alice', group: 'g9', role: 'member' }));
    const before = uow.toTransactWriteInput();
    await expect(uow.commit()).rejects.toThrow();
    expect(alice.version).toBe(3);
    expect(uow.toTransactWriteInput()).toBe(before);
    await uow.commit();
    expect(sentActions()[1]).toEqual(sentActions()[0]);
  });

  it('detaches everything on clear(): later changes of the old instances are not written', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    uow.clear();
    alice.email = 'alice@new.org';
    expect(uow.toTransactWriteInput()).toBeUndefined();
  });
});

describe('UnitOfWork key changes', () => {
  it('refuses a commit that changes a key property of a tracked entity, sending nothing', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    alice.username = 'bob';
    const error = await uow.commit().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeyChangeError);
    expect(error).toMatchObject({ entity: alice, properties: ['username'] });
    expect((error as Error).message).toBe(
      'An update of User alice cannot change its key (username); delete it and insert a new one.',
    );
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });

  it('refuses an explicit update, delete or condition check of a tracked entity whose key changed', async () => {
    for (const register of [
      (uow: UnitOfWork, e: User) => uow.update(e),
      (uow: UnitOfWork, e: User) => uow.delete(e),
      (uow: UnitOfWork, e: User) => uow.conditionCheck(e, attr('email').exists()),
    ]) {
      const uow = new UnitOfWork(table);
      const alice = await loadedAlice(uow);
      alice.username = 'bob';
      register(uow, alice);
      expect(() => uow.toTransactWriteInput()).toThrow(
        /User alice cannot change its key \(username\)/,
      );
    }
    expect(mock.commandCalls(TransactWriteCommand)).toHaveLength(0);
  });
});

describe('UnitOfWork condition checks', () => {
  it('folds a condition check of a modified tracked entity into its update', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    alice.email = 'alice@new.org';
    uow.conditionCheck(alice, attr('email').eq('alice@old.org'));
    const actions = uow.toTransactWriteInput()!.TransactItems!;
    expect(actions).toHaveLength(1);
    const update = actions[0]!.Update!;
    expect(resolved(update.UpdateExpression, update)).toContain('email = "alice@new.org"');
    expect(resolved(update.ConditionExpression, update)).toBe(
      '(attribute_exists(PK)) AND ((version = 3) AND (email = "alice@old.org"))',
    );
  });

  it('folds a condition check into a delete of the same item', () => {
    const uow = new UnitOfWork(table);
    const member = Object.assign(new Membership(), { user: 'a', group: 'g', role: 'member' });
    const key = Object.assign(new Membership(), { user: 'a', group: 'g' });
    uow.delete(member).conditionCheck(key, attr('role').eq('member'));
    const actions = uow.toTransactWriteInput()!.TransactItems!;
    expect(actions).toHaveLength(1);
    const del = actions[0]!.Delete!;
    expect(resolved(del.ConditionExpression, del)).toBe('role = "member"');
  });

  it('folds two condition checks of one item into one', () => {
    const uow = new UnitOfWork(table);
    const key = { user: 'a', group: 'g' };
    uow.conditionCheck(Object.assign(new Membership(), key), attr('role').exists());
    uow.conditionCheck(Object.assign(new Membership(), key), attr('role').ne('owner'));
    const actions = uow.toTransactWriteInput()!.TransactItems!;
    expect(actions).toHaveLength(1);
    const check = actions[0]!.ConditionCheck!;
    expect(resolved(check.ConditionExpression, check)).toBe(
      '(attribute_exists(role)) AND (role <> "owner")',
    );
  });

  it('still refuses a condition check with an insert or put of the same item', () => {
    const uow = new UnitOfWork(table);
    const member = Object.assign(new Membership(), { user: 'a', group: 'g', role: 'member' });
    uow.insert(member).conditionCheck(member, attr('role').exists());
    expect(() => uow.toTransactWriteInput()).toThrow(DuplicateItemActionError);
  });
});

describe('UnitOfWork refresh and detach', () => {
  const newerAlice = { ...aliceItem, email: 'alice@other.org', version: 4 };

  it('refreshes a managed entity in place: properties, version and snapshot', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    alice.email = 'alice@mine.org';
    alice.scratch = 'kept';
    mock.on(GetCommand).resolves({ Item: newerAlice });
    expect(await uow.refresh(alice)).toBe(alice);
    expect(mock.commandCalls(GetCommand)[1]!.args[0].input.ConsistentRead).toBe(true);
    expect(alice).toMatchObject({ email: 'alice@other.org', version: 4, scratch: 'kept' });
    expect(uow.toTransactWriteInput()).toBeUndefined();
    alice.email = 'alice@mine.org';
    const update = uow.toTransactWriteInput()!.TransactItems![0]!.Update!;
    expect(resolved(update.ConditionExpression, update)).toBe(
      '(attribute_exists(PK)) AND (version = 4)',
    );
    expect(await uow.get(User, { username: 'alice' })).toBe(alice);
  });

  it('refreshes a changed key back to the one it was loaded with', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    alice.username = 'bob';
    await uow.refresh(alice);
    expect(alice.username).toBe('alice');
    expect(uow.toTransactWriteInput()).toBeUndefined();
  });

  it('detaches an entity whose item is gone on refresh, and refuses one it does not manage', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    mock.on(GetCommand).resolves({});
    expect(await uow.refresh(alice)).toBeUndefined();
    alice.email = 'alice@new.org';
    expect(uow.toTransactWriteInput()).toBeUndefined();
    await expect(uow.refresh(alice)).rejects.toBeInstanceOf(EntityNotManagedError);
  });

  it('detaches one entity with its registered actions', async () => {
    const uow = new UnitOfWork(table);
    const alice = await loadedAlice(uow);
    alice.email = 'alice@new.org';
    uow.update(alice);
    uow.detach(alice);
    expect(uow.toTransactWriteInput()).toBeUndefined();
    expect(await uow.get(User, { username: 'alice' })).not.toBe(alice);
  });
});
