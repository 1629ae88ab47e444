import { randomUUID } from 'node:crypto';
import { createLocalTable } from '../../../test/local-table.js';
import { TransactionCanceledError } from '../../errors/transaction-canceled-error.js';
import { attr } from '../../expressions/condition.js';
import { EntityName } from '../../keys/entity-name.js';
import { PartitionKey } from '../../keys/partition-key.js';
import { PrefixSortKey } from '../../keys/prefix-sort-key.js';
import { SortKey } from '../../keys/sort-key.js';
import type { Table } from '../../table/table.js';
import { ConditionCheckArg } from './condition-check-arg.js';
import { DeleteArg } from './delete-arg.js';
import { InsertArg } from './insert-arg.js';
import { PutArg } from './put-arg.js';
import { UpdateArg } from './update-arg.js';

const NOW = '2024-01-02T03:04:05.000Z';
const User = new EntityName('USER');
const Group = new EntityName('GROUP');
const Meta = new EntityName('META');

let table: Table;
let counter = 0;
/** A name no other test in this file uses, so tests do not see each other's items. */
const fresh = (base: string): string => `${base}-${++counter}`;

beforeAll(async () => {
  table = await createLocalTable({ clock: () => new Date(NOW) });
});

/** Runs a transaction that must be cancelled and returns the error. */
async function cancelled(run: () => Promise<unknown>): Promise<TransactionCanceledError<unknown>> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TransactionCanceledError);
  return error as TransactionCanceledError<unknown>;
}

describe('the seed flow', () => {
  it('moves two users from one group to another in one transaction, seen from both sides', async () => {
    const alice = new PartitionKey(User, 'alice');
    const bob = new PartitionKey(User, 'bob');
    const group1 = new SortKey(Group, fresh('group1'));
    const group2 = new SortKey(Group, fresh('group2'));
    const members = (group: SortKey) =>
      table.queryPrefix(new PartitionKey(Group, group.value), new PrefixSortKey(User), {
        globalIndex: table.config.inverseIndex,
      });

    await table.insert(alice, group1);
    await table.insert(bob, group1);
    expect(await members(group1)).toEqual([{ PK: 'alice' }, { PK: 'bob' }]);

    await table.transactWriteItems([
      new DeleteArg(alice, group1),
      new DeleteArg(bob, group1),
      new InsertArg(alice, group2),
      new InsertArg(bob, group2),
    ]);

    expect(await members(group1)).toEqual([]);
    expect(await members(group2)).toEqual([{ PK: 'alice' }, { PK: 'bob' }]);
    const groupsOf = (user: PartitionKey) =>
      table.queryPrefix(user, new PrefixSortKey(Group, group2.value));
    expect(await groupsOf(alice)).toEqual([{ SK: group2.value }]);
    expect(await groupsOf(bob)).toEqual([{ SK: group2.value }]);
    expect(await table.get(alice, group1)).toBeUndefined();
    expect(await table.get(bob, group2)).toEqual({
      PK: 'bob',
      SK: group2.value,
      CreatedAt: NOW,
    });
  });
});

describe('all or nothing', () => {
  it('applies none of the actions when one fails, and says why for each', async () => {
    const group = new SortKey(Group, fresh('g'));
    const taken = new PartitionKey(User, fresh('taken'));
    const toDelete = new PartitionKey(User, fresh('delete-me'));
    const toPut = new PartitionKey(User, fresh('put-me'));
    const toUpdate = new PartitionKey(User, fresh('update-me'));
    await table.insert(taken, group, { role: 'owner' });
    await table.insert(toDelete, group, { role: 'member' });

    const args = [
      new PutArg(toPut, group, { role: 'new' }),
      new UpdateArg(toUpdate, group, { set: { role: 'updated' } }),
      new DeleteArg(toDelete, group),
      new InsertArg(taken, group, { role: 'intruder' }),
    ];
    const error = await cancelled(() => table.transactWriteItems(args));

    expect(await table.get(toPut, group)).toBeUndefined();
    expect(await table.get(toUpdate, group)).toBeUndefined();
    expect(await table.get(toDelete, group)).toMatchObject({ role: 'member' });
    expect(await table.get(taken, group)).toMatchObject({ role: 'owner' });

    expect(error.code).toBe('dynamodb.transactionCanceled');
    expect(error.reasons.map((r) => [r.index, r.code])).toEqual([
      [0, 'None'],
      [1, 'None'],
      [2, 'None'],
      [3, 'ConditionalCheckFailed'],
    ]);
    error.reasons.forEach((reason, i) => expect(reason.argument).toBe(args[i]));
    const failed = error.reasons[3];
    expect(failed?.message).toEqual(expect.stringMatching(/conditional request failed/i));
    expect(failed?.item).toEqual({
      PK: taken.value,
      SK: group.value,
      role: 'owner',
      CreatedAt: NOW,
    });
    expect(error.reasons.slice(0, 3).map((r) => r.item)).toEqual([undefined, undefined, undefined]);
    expect(error.failedReasons).toEqual([failed]);
    expect(error.message).toContain(`insert of ${String(taken)} / ${String(group)}`);
  });
});

describe('ConditionCheckArg', () => {
  it('lets the transaction apply when its condition holds', async () => {
    const group = new PartitionKey(Group, fresh('open'));
    const meta = new SortKey(Meta, 'meta');
    const user = new PartitionKey(User, fresh('joiner'));
    const membership = new SortKey(Group, group.value);
    await table.put(group, meta, { status: 'open' });

    await table.transactWriteItems([
      new ConditionCheckArg(group, meta, attr('status').eq('open')),
      new InsertArg(user, membership),
    ]);
    expect(await table.get(user, membership)).toMatchObject({ PK: user.value });
  });

  it('cancels the transaction when its condition fails, returning the checked item', async () => {
    const group = new PartitionKey(Group, fresh('closed'));
    const meta = new SortKey(Meta, 'meta');
    const user = new PartitionKey(User, fresh('joiner'));
    const membership = new SortKey(Group, group.value);
    await table.put(group, meta, { status: 'closed' });

    const check = new ConditionCheckArg(group, meta, attr('status').eq('open'));
    const error = await cancelled(() =>
      table.transactWriteItems([check, new InsertArg(user, membership)]),
    );
    expect(error.reasons.map((r) => r.code)).toEqual(['ConditionalCheckFailed', 'None']);
    expect(error.reasons[0]?.argument).toBe(check);
    expect(error.reasons[0]?.item).toEqual({
      PK: group.value,
      SK: 'meta',
      status: 'closed',
      CreatedAt: NOW,
    });
    expect(await table.get(user, membership)).toBeUndefined();
  });
});

describe('UpdateArg and PutArg', () => {
  it('updates and replaces items inside a transaction', async () => {
    const group = new SortKey(Group, fresh('g'));
    const counted = new PartitionKey(User, fresh('counted'));
    const replaced = new PartitionKey(User, fresh('replaced'));
    await table.put(counted, group, { n: 1, tags: new Set(['a', 'b']) });
    await table.put(replaced, group, { old: true });

    await table.transactWriteItems([
      new UpdateArg(counted, group, {
        add: { n: 2 },
        delete: { tags: new Set(['a']) },
        set: { note: 'hi' },
      }),
      new PutArg(replaced, group, { fresh: true }),
    ]);

    expect(await table.get(counted, group)).toEqual({
      PK: counted.value,
      SK: group.value,
      n: 3,
      tags: new Set(['b']),
      note: 'hi',
      CreatedAt: NOW,
      UpdatedAt: NOW,
    });
    expect(await table.get(replaced, group)).toEqual({
      PK: replaced.value,
      SK: group.value,
      fresh: true,
      CreatedAt: NOW,
    });
  });

  it('cancels on an UpdateArg condition or mustExist that fails', async () => {
    const group = new SortKey(Group, fresh('g'));
    const missing = new PartitionKey(User, fresh('missing'));
    const versioned = new PartitionKey(User, fresh('versioned'));
    await table.put(versioned, group, { version: 2 });

    const error = await cancelled(() =>
      table.transactWriteItems([
        new UpdateArg(missing, group, { set: { a: 1 } }, { mustExist: true }),
        new UpdateArg(
          versioned,
          group,
          { set: { version: 3 } },
          { condition: attr('version').eq(1) },
        ),
      ]),
    );
    expect(error.reasons.map((r) => r.code)).toEqual([
      'ConditionalCheckFailed',
      'ConditionalCheckFailed',
    ]);
    expect(error.reasons[0]?.item).toBeUndefined();
    expect(error.reasons[1]?.item).toMatchObject({ PK: versioned.value, version: 2 });
    expect(await table.get(missing, group)).toBeUndefined();
    expect((await table.get(versioned, group))?.version).toBe(2);
  });

  it('cancels on a PutArg with allowOverwrite: false over an existing item', async () => {
    const group = new SortKey(Group, fresh('g'));
    const user = new PartitionKey(User, fresh('exists'));
    await table.put(user, group, { v: 1 });
    const error = await cancelled(() =>
      table.transactWriteItems([new PutArg(user, group, { v: 2 }, { allowOverwrite: false })]),
    );
    expect(error.reasons[0]?.code).toBe('ConditionalCheckFailed');
    expect((await table.get(user, group))?.v).toBe(1);
  });
});

describe('DeleteArg', () => {
  it('succeeds on a missing item by default', async () => {
    const missing = new PartitionKey(User, fresh('missing'));
    const group = new SortKey(Group, fresh('g'));
    await expect(table.transactWriteItems([new DeleteArg(missing, group)])).resolves.toEqual({
      clientRequestToken: expect.any(String),
    });
  });

  it('cancels on a missing item with idempotent: false', async () => {
    const missing = new PartitionKey(User, fresh('missing'));
    const group = new SortKey(Group, fresh('g'));
    const other = new PartitionKey(User, fresh('other'));
    const error = await cancelled(() =>
      table.transactWriteItems([
        new InsertArg(other, group),
        new DeleteArg(missing, group, { idempotent: false }),
      ]),
    );
    expect(error.reasons.map((r) => r.code)).toEqual(['None', 'ConditionalCheckFailed']);
    expect(error.reasons[1]?.item).toBeUndefined();
    expect(await table.get(other, group)).toBeUndefined();
  });
});

describe('idempotency', () => {
  const counterItem = () => ({
    pk: new PartitionKey(User, fresh('counter')),
    sk: new SortKey(Meta, 'count'),
  });

  it('applies a transaction sent twice with the same token once', async () => {
    const { pk, sk } = counterItem();
    // Tokens are remembered across tables for ten minutes: make it unique to this run.
    const token = randomUUID();
    const increment = () => [new UpdateArg(pk, sk, { add: { n: 1 } })];
    expect(await table.transactWriteItems(increment(), { clientRequestToken: token })).toEqual({
      clientRequestToken: token,
    });
    await table.transactWriteItems(increment(), { clientRequestToken: token });
    expect((await table.get(pk, sk))?.n).toBe(1);
  });

  it('applies a transaction again under a new token', async () => {
    const { pk, sk } = counterItem();
    const increment = () => [new UpdateArg(pk, sk, { add: { n: 1 } })];
    const first = await table.transactWriteItems(increment());
    const second = await table.transactWriteItems(increment());
    expect(first.clientRequestToken).not.toBe(second.clientRequestToken);
    expect((await table.get(pk, sk))?.n).toBe(2);
  });

  it('returns the generated token, which makes a retry safe', async () => {
    const { pk, sk } = counterItem();
    const increment = () => [new UpdateArg(pk, sk, { add: { n: 1 } })];
    const { clientRequestToken } = await table.transactWriteItems(increment());
    expect(clientRequestToken).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    await table.transactWriteItems(increment(), { clientRequestToken });
    expect((await table.get(pk, sk))?.n).toBe(1);
  });
});
