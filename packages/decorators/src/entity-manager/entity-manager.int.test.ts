import 'reflect-metadata';
import {
  ConditionalCheckFailedError,
  GlobalSecondaryIndex,
  InversePrimaryIndex,
  type Table,
} from '@dokklib/core';
import { createLocalTable } from '../../../core/test/local-table.js';
import { Membership, Order, User } from '../../test/entities.js';
import { VersionConflictError } from '../errors/version-conflict-error.js';
import { EntityManager } from './entity-manager.js';

let table: Table;
let em: EntityManager;

beforeAll(async () => {
  table = await createLocalTable({
    globalIndexes: [new GlobalSecondaryIndex('GSI_2', 'GSI_2_PK', 'GSI_2_SK')],
  });
  em = new EntityManager(table);
});

function user(username: string): User {
  return Object.assign(new User(), {
    username,
    email: `${username}@example.com`,
    joinedAt: new Date('2024-01-02T03:04:05.000Z'),
  });
}

function membership(userName: string, group: string, role = 'member'): Membership {
  return Object.assign(new Membership(), { user: userName, group, role });
}

function order(date: string, number: number): Order {
  return Object.assign(new Order(), { user: 'olga', date, number, totalCents: number * 100 });
}

describe('EntityManager', () => {
  it('inserts, reads back an equal instance, and refuses a second insert', async () => {
    const alice = await em.insert(user('alice'));
    expect(alice.version).toBe(1);
    const read = await em.get(User, { username: 'alice' }, { consistent: true });
    expect(read).toBeInstanceOf(User);
    expect(read).toEqual(alice);
    await expect(em.insert(user('alice'))).rejects.toBeInstanceOf(ConditionalCheckFailedError);
    expect(await em.get(User, { username: 'nobody' })).toBeUndefined();
  });

  it('updates with the version check and refuses a stale entity', async () => {
    const bob = await em.insert(user('bob'));
    const stale = (await em.get(User, { username: 'bob' }, { consistent: true }))!;
    await em.update(bob, { email: 'new@example.com' });
    expect(bob.version).toBe(2);
    expect(bob.email).toBe('new@example.com');
    const error = await em.update(stale, { email: 'old@example.com' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VersionConflictError);
    expect((error as VersionConflictError).message).toMatch(
      /User bob expected version 1 but it is at version 2/,
    );
    expect((await em.get(User, { username: 'bob' }, { consistent: true }))?.email).toBe(
      'new@example.com',
    );
  });

  it('puts with the version check and deletes by entity or by class and key', async () => {
    const carol = await em.put(user('carol'));
    expect(carol.version).toBe(1);
    carol.email = 'c2@example.com';
    await em.put(carol);
    expect(carol.version).toBe(2);
    const stale = Object.assign(user('carol'), { version: 1 });
    await expect(em.delete(stale)).rejects.toBeInstanceOf(VersionConflictError);
    await em.delete(carol);
    expect(await em.get(User, { username: 'carol' }, { consistent: true })).toBeUndefined();
    await em.insert(membership('carol', 'g1'));
    await em.delete(Membership, { user: 'carol', group: 'g1' });
    expect(
      await em.get(Membership, { user: 'carol', group: 'g1' }, { consistent: true }),
    ).toBeUndefined();
  });

  it('queries by partition, by inverse index, and returns a mixed partition as instances', async () => {
    await em.insert(user('dave'));
    await em.insert(membership('dave', 'admins', 'owner'));
    await em.insert(membership('dave', 'devs'));
    await em.insert(membership('erin', 'devs'));
    const daves = await em.query(Membership, { user: 'dave' }, { consistent: true });
    expect(daves.map((m) => m.group)).toEqual(['admins', 'devs']);
    expect(daves[0]).toBeInstanceOf(Membership);
    const devs = await em.query(
      Membership,
      { group: 'devs' },
      { index: new InversePrimaryIndex() },
    );
    expect(devs.map((m) => m.user).sort()).toEqual(['dave', 'erin']);
    const partition = await em.queryPartition(User, { username: 'dave' }, { consistent: true });
    expect(partition.map((e) => e.constructor.name).sort()).toEqual([
      'Membership',
      'Membership',
      'User',
    ]);
  });

  it('queries composite sort keys by prefix, range, limit and order', async () => {
    for (const [date, n] of [
      ['2024-01-05', 1],
      ['2024-01-05', 2],
      ['2024-02-01', 3],
      ['2024-03-10', 4],
    ] as const) {
      await em.insert(Object.assign(order(date, n), n === 3 ? { state: 'OPEN' } : {}));
    }
    const numbers = (orders: Order[]) => orders.map((o) => o.number);
    expect(numbers(await em.query(Order, { user: 'olga', date: '2024-01-05' }))).toEqual([1, 2]);
    expect(
      numbers(
        await em.query(
          Order,
          { user: 'olga' },
          { sortKey: { between: [{ date: '2024-01-06' }, { date: '2024-03-01' }] } },
        ),
      ),
    ).toEqual([3]);
    expect(
      numbers(await em.query(Order, { user: 'olga' }, { sortKey: { gt: { date: '2024-01-05' } } })),
    ).toEqual([1, 2, 3, 4]);
    expect(
      numbers(await em.query(Order, { user: 'olga' }, { sortKey: { ge: { date: '2024-02' } } })),
    ).toEqual([3, 4]);
    expect(numbers(await em.query(Order, { user: 'olga' }, { reverse: true, limit: 2 }))).toEqual([
      4, 3,
    ]);
  });
});
