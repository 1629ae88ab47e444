import 'reflect-metadata';
import {
  ConditionalCheckFailedError,
  EntityName,
  GlobalSecondaryIndex,
  InversePrimaryIndex,
  type Table,
  ValidationError,
} from '@dokklib/core';
import { createLocalTable } from '../../../core/test/local-table.js';
import { Membership, Order, User } from '../../test/entities.js';
import { VersionConflictError } from '../errors/version-conflict-error.js';
import { paddedNumber } from '../metadata/key-codec.js';
import { Attribute } from '../metadata/attribute.js';
import { Entity } from '../metadata/entity.js';
import { IndexKey } from '../metadata/index-key.js';
import { PartitionKey } from '../metadata/partition-key.js';
import { EntityManager } from './entity-manager.js';

const assignee = new EntityName('ASSIGNEE');
const byPriority = new EntityName('PRIORITY');

/** A support ticket, listed per assignee by priority then number in GSI_2. */
@Entity('TICKET')
class Ticket {
  @PartitionKey() id!: string;
  @IndexKey('GSI_2', 'partition', assignee) assignee?: string;
  @IndexKey('GSI_2', 'sort', byPriority, { order: 1 }) priority?: string;
  @IndexKey('GSI_2', 'sort', byPriority, { order: 2, codec: paddedNumber(4) }) number?: number;
  @Attribute() title!: string;
}

const gsi2 = new GlobalSecondaryIndex('GSI_2', 'GSI_2_PK', 'GSI_2_SK');
let table: Table;
let em: EntityManager;

beforeAll(async () => {
  table = await createLocalTable({
    globalIndexes: [gsi2],
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
    // gt on the date alone leaves out the whole day (issue 17, item 4; this was [1, 2, 3, 4]).
    expect(
      numbers(await em.query(Order, { user: 'olga' }, { sortKey: { gt: { date: '2024-01-05' } } })),
    ).toEqual([3, 4]);
    expect(
      numbers(await em.query(Order, { user: 'olga' }, { sortKey: { ge: { date: '2024-02-01' } } })),
    ).toEqual([3, 4]);
    // A bound's value is a whole date, not a text prefix: 2024-02-01|… sorts before 2024-02|…
    // as "-" is before "|" (issue 17, item 4; ge { date: '2024-02' } was [3, 4]).
    expect(
      numbers(await em.query(Order, { user: 'olga' }, { sortKey: { ge: { date: '2024-02' } } })),
    ).toEqual([4]);
    expect(numbers(await em.query(Order, { user: 'olga' }, { reverse: true, limit: 2 }))).toEqual([
      4, 3,
    ]);
  });

  it('queries a custom GSI by the keys @IndexKey declares, with ranges, order and pages', async () => {
    const tickets: [string, string | undefined, string, number][] = [
      ['t1', 'ann', 'high', 7],
      ['t2', 'ann', 'low', 1],
      ['t3', 'ann', 'high', 2],
      ['t4', 'bob', 'high', 3],
      ['t5', undefined, 'high', 4],
    ];
    for (const [id, assignee, priority, number] of tickets) {
      await em.insert(Object.assign(new Ticket(), { id, assignee, priority, number, title: id }));
    }
    const ids = (found: Ticket[]) => found.map((t) => t.id);
    expect(ids(await em.query(Ticket, { assignee: 'ann' }, { index: gsi2 }))).toEqual([
      't3',
      't1',
      't2',
    ]);
    const high = await em.query(Ticket, { assignee: 'ann', priority: 'high' }, { index: gsi2 });
    expect(ids(high)).toEqual(['t3', 't1']);
    expect(high[0]).toBeInstanceOf(Ticket);
    expect(high[0]).toMatchObject({ id: 't3', assignee: 'ann', priority: 'high', number: 2 });
    expect(
      ids(
        await em.query(
          Ticket,
          { assignee: 'ann' },
          { index: gsi2, sortKey: { lt: { priority: 'high', number: 7 } } },
        ),
      ),
    ).toEqual(['t3']);
    expect(
      ids(await em.query(Ticket, { assignee: 'ann' }, { index: gsi2, reverse: true, limit: 1 })),
    ).toEqual(['t2']);
    const first = await em.queryPage(Ticket, { assignee: 'ann' }, { index: gsi2, pageSize: 2 });
    expect(ids(first.items)).toEqual(['t3', 't1']);
    const second = await em.queryPage(
      Ticket,
      { assignee: 'ann' },
      { index: gsi2, pageSize: 2, cursor: first.cursor },
    );
    expect(ids(second.items)).toEqual(['t2']);
  });

  it('indexes an entity that declares only the partition of a GSI under SK = PK', async () => {
    await em.insert(Object.assign(order('2024-06-01', 41), { state: 'SHIPPED' }));
    await em.insert(Object.assign(order('2024-06-02', 42), { state: 'SHIPPED' }));
    await em.insert(order('2024-06-03', 43));
    const shipped = await em.query(Order, { state: 'SHIPPED' }, { index: gsi2 });
    expect(shipped.map((o) => o.number).sort()).toEqual([41, 42]);
    expect(shipped[0]).toBeInstanceOf(Order);
  });

  it('refuses to query a GSI an entity declares no keys of, before sending', async () => {
    const error = await em.query(User, { username: 'x' }, { index: gsi2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/USER declares no partition key of index GSI_2/);
  });
});
