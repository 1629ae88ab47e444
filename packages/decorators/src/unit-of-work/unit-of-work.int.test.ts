import 'reflect-metadata';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { attr, DynamoDBError, type Table, TransactionCanceledError } from '@dokklib/core';
import { createLocalTable } from '../../../core/test/local-table.js';
import { Group, Membership, User } from '../../test/entities.js';
import { DuplicateItemActionError } from '../errors/duplicate-item-action-error.js';
import { KeyChangeError } from '../errors/key-change-error.js';
import { TooManyActionsError } from '../errors/too-many-actions-error.js';
import { VersionConflictError } from '../errors/version-conflict-error.js';
import { EntityManager } from '../entity-manager/entity-manager.js';
import { UnitOfWork } from './unit-of-work.js';

let table: Table;
let em: EntityManager;

beforeAll(async () => {
  table = await createLocalTable();
  em = new EntityManager(table);
});

const user = (username: string) =>
  Object.assign(new User(), { username, email: `${username}@x.org`, joinedAt: new Date(0) });
const membership = (u: string, group: string, role = 'member') =>
  Object.assign(new Membership(), { user: u, group, role });
const group = (name: string) => Object.assign(new Group(), { name, members: 0 });

function countTransactions(): { count: () => number; restore: () => void } {
  const send = table.client.send.bind(table.client);
  let count = 0;
  const spy = jest.spyOn(table.client, 'send').mockImplementation(((command: unknown) => {
    if (command instanceof TransactWriteCommand) count += 1;
    return send(command as never);
  }) as never);
  return { count: () => count, restore: () => spy.mockRestore() };
}

describe('UnitOfWork', () => {
  it('moves a user between groups in exactly one transaction, writing only changed attributes', async () => {
    await em.insert(user('alice'));
    await em.insert(membership('alice', 'group1'));
    await em.insert(group('group2'));
    const uow = new UnitOfWork(table);
    const alice = (await uow.get(User, { username: 'alice' }, { consistent: true }))!;
    expect(await uow.get(User, { username: 'alice' })).toBe(alice);
    const [inGroup1] = await uow.query(Membership, { user: 'alice' }, { consistent: true });
    alice.email = 'alice@new.org';
    uow.delete(inGroup1!);
    uow.insert(membership('alice', 'group2'));
    uow.conditionCheck(group('group2'), attr('_type').eq('GROUP'));
    const input = uow.toTransactWriteInput()!;
    expect(input.TransactItems).toHaveLength(4);
    const update = input.TransactItems![3]!.Update!;
    expect(update.UpdateExpression).toMatch(/^SET #n\d = :v\d, #n\d = :v\d, #n\d = :v\d$/);
    expect(Object.values(update.ExpressionAttributeNames!).sort()).toEqual(
      ['PK', 'UpdatedAt', 'email', 'version'].sort(),
    );
    const counter = countTransactions();
    await uow.commit();
    expect(counter.count()).toBe(1);
    await uow.commit(); // nothing left to do: nothing sent
    expect(counter.count()).toBe(1);
    counter.restore();
    expect(alice.version).toBe(2);
    expect((await em.get(User, { username: 'alice' }, { consistent: true }))?.email).toBe(
      'alice@new.org',
    );
    expect(
      (await em.query(Membership, { user: 'alice' }, { consistent: true })).map((m) => m.group),
    ).toEqual(['group2']);
  });

  it('names the entity and action of a cancellation and keeps the unit of work for a retry', async () => {
    await em.insert(membership('bob', 'group2'));
    const uow = new UnitOfWork(table);
    const newcomer = membership('bob', 'group2');
    uow.insert(membership('bob', 'group3')).insert(newcomer);
    const error = await uow.commit().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledError);
    expect((error as Error).message).toMatch(
      /insert of Membership bob\/group2: ConditionalCheckFailed/,
    );
    expect((error as TransactionCanceledError).failedReasons[0]?.argument?.toString()).toBe(
      'insert of Membership bob/group2',
    );
    expect(
      await em.get(Membership, { user: 'bob', group: 'group3' }, { consistent: true }),
    ).toBeUndefined();
    newcomer.group = 'group4';
    await uow.commit();
    expect(
      await em.get(Membership, { user: 'bob', group: 'group4' }, { consistent: true }),
    ).toBeDefined();
  });

  it('raises a VersionConflictError naming the stale entity', async () => {
    await em.insert(user('carol'));
    const uow = new UnitOfWork(table);
    const carol = (await uow.get(User, { username: 'carol' }, { consistent: true }))!;
    const other = (await em.get(User, { username: 'carol' }, { consistent: true }))!;
    await em.update(other, { email: 'other@x.org' });
    carol.email = 'mine@x.org';
    const error = await uow.commit().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as VersionConflictError).entity).toBe(carol);
    expect((error as Error).message).toMatch(
      /update of User carol expected version 1 but it is at version 2/,
    );
  });

  it('refuses two actions on one item and more than 100 actions before sending', () => {
    const uow = new UnitOfWork(table);
    uow.insert(membership('dan', 'g1')).delete(membership('dan', 'g1'));
    expect(() => uow.toTransactWriteInput()).toThrow(DuplicateItemActionError);
    const big = new UnitOfWork(table);
    for (let i = 0; i < 101; i += 1) big.insert(membership('dan', `g${i}`));
    return expect(big.commit()).rejects.toBeInstanceOf(TooManyActionsError);
  });

  it('reuses the ClientRequestToken when the same commit is retried, so it applies once', async () => {
    const uow = new UnitOfWork(table);
    uow.insert(membership('erin', 'g1'));
    const send = table.client.send.bind(table.client);
    const spy = jest.spyOn(table.client, 'send').mockImplementationOnce((async (
      command: unknown,
    ) => {
      await send(command as never);
      throw Object.assign(new Error('socket hang up'), { name: 'NetworkError' });
    }) as never);
    const token = uow.toTransactWriteInput()!.ClientRequestToken;
    await expect(uow.commit()).rejects.toBeInstanceOf(DynamoDBError);
    expect(uow.toTransactWriteInput()!.ClientRequestToken).toBe(token);
    await uow.commit(); // with a new token this insert would fail: the item exists
    spy.mockRestore();
    expect(
      await em.get(Membership, { user: 'erin', group: 'g1' }, { consistent: true }),
    ).toBeDefined();
  });

  it('keeps an entity managed across commits: change, commit, change, commit stores both', async () => {
    const uow = new UnitOfWork(table);
    const frank = user('frank');
    uow.insert(frank);
    await uow.commit();
    expect(frank.version).toBe(1);
    frank.email = 'frank@one.org';
    await uow.commit();
    frank.joinedAt = new Date(1000);
    await uow.commit();
    const stored = await em.get(User, { username: 'frank' }, { consistent: true });
    expect(stored).toMatchObject({ email: 'frank@one.org', joinedAt: new Date(1000), version: 3 });
    expect(frank.version).toBe(3);
  });

  it('refuses a key change of a managed entity: the other item is not overwritten', async () => {
    await em.insert(user('gina'));
    await em.insert(user('hank'));
    const uow = new UnitOfWork(table);
    const gina = (await uow.get(User, { username: 'gina' }, { consistent: true }))!;
    gina.username = 'hank';
    gina.email = 'taken@x.org';
    await expect(uow.commit()).rejects.toBeInstanceOf(KeyChangeError);
    expect(await em.get(User, { username: 'hank' }, { consistent: true })).toMatchObject({
      email: 'hank@x.org',
      version: 1,
    });
  });

  it('folds a condition check into the update of the same item: both are required', async () => {
    await em.insert(user('ivy'));
    const uow = new UnitOfWork(table);
    const ivy = (await uow.get(User, { username: 'ivy' }, { consistent: true }))!;
    ivy.email = 'ivy@new.org';
    uow.conditionCheck(ivy, attr('email').eq('someone@else.org'));
    await expect(uow.commit()).rejects.toBeInstanceOf(TransactionCanceledError);
    expect((await em.get(User, { username: 'ivy' }, { consistent: true }))?.email).toBe(
      'ivy@x.org',
    );
    const again = new UnitOfWork(table);
    const ivy2 = (await again.get(User, { username: 'ivy' }, { consistent: true }))!;
    ivy2.email = 'ivy@new.org';
    again.conditionCheck(ivy2, attr('email').eq('ivy@x.org'));
    await again.commit();
    expect(await em.get(User, { username: 'ivy' }, { consistent: true })).toMatchObject({
      email: 'ivy@new.org',
      version: 2,
    });
  });

  it('ends at exactly 400 when 8 writers each increment a versioned counter 50 times', async () => {
    await em.insert(Object.assign(new Group(), { name: 'counter', members: 0 }));
    const writer = async () => {
      for (let done = 0; done < 50;) {
        const uow = new UnitOfWork(table);
        const counter = (await uow.get(Group, { name: 'counter' }, { consistent: true }))!;
        counter.members = (counter.members ?? 0) + 1;
        try {
          await uow.commit();
          done += 1;
        } catch (error) {
          if (!(error instanceof VersionConflictError || error instanceof TransactionCanceledError))
            throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, writer));
    const counter = await em.get(Group, { name: 'counter' }, { consistent: true });
    expect(counter?.members).toBe(400);
    expect(counter?.version).toBe(401);
  }, 180_000);
});
