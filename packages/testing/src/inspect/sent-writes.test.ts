import 'reflect-metadata';
import { attr, EntityName, GlobalSecondaryIndex, PartitionKey, SortKey } from '@dokklib/core';
import { UnitOfWork } from '@dokklib/decorators';
import { Group, Membership, Order, User } from '../../../decorators/test/entities.js';
import { mockTable } from '../mock/mock-table.js';
import { stubWrites } from '../mock/stub-writes.js';
import { stubGet } from '../mock/stub-get.js';
import { committedUnitsOfWork, sentWrites } from './sent-writes.js';

const NOW = new Date('2024-05-06T07:08:09.000Z');

function setup() {
  const mocked = mockTable({
    tableOptions: {
      clock: () => NOW,
      globalIndexes: [new GlobalSecondaryIndex('GSI_2', 'GSI_2_PK', 'GSI_2_SK')],
    },
  });
  stubWrites(mocked.stub);
  return mocked;
}

function membership(group: string, role = 'member'): Membership {
  return Object.assign(new Membership(), { user: 'alice', group, role });
}

function user(version?: number): User {
  return Object.assign(new User(), {
    username: 'alice',
    email: 'alice@example.com',
    joinedAt: new Date('2024-01-02T03:04:05.000Z'),
    ...(version === undefined ? {} : { version }),
  });
}

describe('sentWrites', () => {
  it('decodes an insert into the entity inserted, read back through the decorators mapping', async () => {
    const { entities, stub } = setup();
    await entities.insert(membership('g1'));
    const [write] = sentWrites(stub);
    expect(write).toMatchObject({
      action: 'insert',
      entityClass: Membership,
      key: { user: 'alice', group: 'g1' },
      itemKey: { PK: 'USER#alice', SK: 'GROUP#g1' },
      condition: 'attribute_not_exists(PK)',
    });
    expect(write?.action === 'insert' && write.entity).toEqual(membership('g1'));
    expect(write?.action === 'insert' && write.entity).toBeInstanceOf(Membership);
  });

  it('decodes a put with its version condition, restoring Date properties', async () => {
    const { entities, stub } = setup();
    await entities.put(user(3));
    const [write] = sentWrites(stub);
    expect(write).toMatchObject({ action: 'put', entityClass: User, condition: 'version = 3' });
    expect(write?.action === 'put' && write.entity).toEqual({ ...user(4) });
  });

  it('decodes a put without condition as put, and one that must be new as insert', async () => {
    const { entities, stub } = setup();
    await entities.put(membership('g1'));
    await entities.put(user());
    expect(sentWrites(stub).map((w) => [w.action, w.condition])).toEqual([
      ['put', undefined],
      ['insert', 'attribute_not_exists(PK)'],
    ]);
  });

  it('decodes an update into changed properties, removals and the sent expression', async () => {
    const { entities, stub } = setup();
    await entities.update(user(2), {
      email: 'new@example.com',
      joinedAt: undefined,
    } as Partial<User>);
    const [write] = sentWrites(stub);
    expect(write).toMatchObject({
      action: 'update',
      entityClass: User,
      key: { username: 'alice' },
      condition: '(attribute_exists(PK)) AND (version = 2)',
    });
    if (write?.action !== 'update') throw new Error('not an update');
    expect(write.changes).toEqual({ email: 'new@example.com', joinedAt: undefined, version: 3 });
    expect(write.update.set).toMatchObject({
      email: 'new@example.com',
      UpdatedAt: NOW.toISOString(),
    });
    expect(write.update.remove).toEqual(['joinedAt']);
  });

  it('decodes deletes by class and key, and of a versioned entity', async () => {
    const { entities, stub } = setup();
    await entities.delete(Membership, { user: 'alice', group: 'g1' });
    await entities.delete(user(5));
    await entities.delete(Order, { user: 'alice', date: '2024-05-01', number: 17 });
    expect(sentWrites(stub)).toEqual([
      {
        action: 'delete',
        entityClass: Membership,
        key: { user: 'alice', group: 'g1' },
        itemKey: { PK: 'USER#alice', SK: 'GROUP#g1' },
        condition: undefined,
      },
      expect.objectContaining({ entityClass: User, condition: 'version = 5' }),
      expect.objectContaining({
        entityClass: Order,
        key: { user: 'alice', date: '2024-05-01', number: 17 },
      }),
    ]);
  });

  it('decodes the puts and deletes of a batch write', async () => {
    const { entities, stub } = setup();
    await entities.batchWrite({ put: [membership('g1')], delete: [membership('g2')] });
    expect(sentWrites(stub)).toMatchObject([
      { action: 'put', entity: membership('g1') },
      { action: 'delete', key: { user: 'alice', group: 'g2' } },
    ]);
  });

  it('leaves the class unknown for keys no registered entity fits', async () => {
    const { table, stub } = setup();
    const nope = new EntityName('NOPE');
    await table.delete(new PartitionKey(nope, 'x'), new SortKey(nope, 'y'));
    expect(sentWrites(stub)).toEqual([
      {
        action: 'delete',
        entityClass: undefined,
        key: undefined,
        itemKey: { PK: 'NOPE#x', SK: 'NOPE#y' },
        condition: undefined,
      },
    ]);
  });

  it('lists the actions of transactions among the writes, in the order sent', async () => {
    const { table, entities, stub } = setup();
    await entities.insert(membership('g1'));
    await new UnitOfWork(table).insert(membership('g2')).commit();
    expect(sentWrites(stub).map((w) => w.key)).toEqual([
      { user: 'alice', group: 'g1' },
      { user: 'alice', group: 'g2' },
    ]);
  });
});

describe('committedUnitsOfWork', () => {
  it('decodes each action type of each committed unit of work', async () => {
    const { table, stub } = setup();
    stubGet(stub, Object.assign(new Group(), { name: 'g1', members: 2, version: 7 }));
    const uow = new UnitOfWork(table);
    const group = await uow.get(Group, { name: 'g1' });
    if (group === undefined) throw new Error('no group');
    group.members = 3;
    uow
      .insert(membership('g2'))
      .put(user(1))
      .delete(membership('g1'))
      .conditionCheck(Object.assign(new Group(), { name: 'g2' }), attr('members').lt(10));
    await uow.commit();
    await new UnitOfWork(table).delete(membership('g2')).commit();
    const [first, second] = committedUnitsOfWork(stub);
    expect(first).toEqual([
      expect.objectContaining({ action: 'insert', entity: membership('g2') }),
      expect.objectContaining({ action: 'put', entityClass: User, condition: 'version = 1' }),
      expect.objectContaining({ action: 'delete', key: { user: 'alice', group: 'g1' } }),
      expect.objectContaining({ action: 'conditionCheck', condition: 'members < 10' }),
      expect.objectContaining({
        action: 'update',
        entityClass: Group,
        key: { name: 'g1' },
        changes: { members: 3, version: 8 },
        condition: '(attribute_exists(PK)) AND (version = 7)',
      }),
    ]);
    expect(second).toEqual([
      expect.objectContaining({ action: 'delete', entityClass: Membership }),
    ]);
  });
});
