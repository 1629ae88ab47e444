import 'reflect-metadata';
import {
  ConditionalCheckFailedError,
  GlobalSecondaryIndex,
  type Table,
  TransactionCanceledError,
} from '@dokklib/core';
import { createLocalTable } from '../../../core/test/local-table.js';
import { Order, User } from '../../test/entities.js';
import { EntityManager } from '../entity-manager/entity-manager.js';
import { UnitOfWork } from '../unit-of-work/unit-of-work.js';
import { where } from './where.js';

let table: Table;
let em: EntityManager;

beforeAll(async () => {
  table = await createLocalTable({
    globalIndexes: [new GlobalSecondaryIndex('GSI_2', 'GSI_2_PK', 'GSI_2_SK')],
  });
  em = new EntityManager(table);
});

function user(username: string, email: string): User {
  return Object.assign(new User(), {
    username,
    email,
    joinedAt: new Date('2024-05-01T10:00:00.000Z'),
  });
}

function order(date: string, number: number, totalCents: number): Order {
  return Object.assign(new Order(), { user: 'olga', date, number, totalCents });
}

describe('conditions in entity terms, against DynamoDB Local', () => {
  it('an update whose condition fails is a ConditionalCheckFailedError and writes nothing', async () => {
    const alice = await em.insert(user('alice', 'a@x.io'));
    const email = where(User).prop('email');
    await expect(
      em.update(alice, { email: 'b@x.io' }, { condition: email.eq('someone@else.io') }),
    ).rejects.toThrow(ConditionalCheckFailedError);
    expect((await em.get(User, { username: 'alice' }, { consistent: true }))?.email).toBe('a@x.io');
    await em.update(alice, { email: 'b@x.io' }, { condition: email.eq('a@x.io') });
    expect(await em.get(User, { username: 'alice' }, { consistent: true })).toMatchObject({
      email: 'b@x.io',
      version: 2,
    });
  });

  it('compares Dates as they are stored, in conditions and in query filters', async () => {
    const bob = await em.insert(user('bob', 'bob@x.io'));
    const joined = where(User).prop('joinedAt');
    await expect(
      em.delete(bob, { condition: joined.gt(new Date('2024-06-01T00:00:00.000Z')) }),
    ).rejects.toThrow(ConditionalCheckFailedError);
    await em.delete(bob, { condition: joined.lt(new Date('2024-06-01T00:00:00.000Z')) });
    expect(await em.get(User, { username: 'bob' }, { consistent: true })).toBeUndefined();

    for (const [i, total] of [150, 90, 300].entries()) {
      await em.insert(order('2024-01-0' + String(i + 1), i, total));
    }
    const big = await em.query(
      Order,
      { user: 'olga' },
      { filter: where(Order).prop('totalCents').ge(100), consistent: true },
    );
    expect(big.map((o) => o.totalCents)).toEqual([150, 300]);
  });

  it('a unit of work condition check in entity terms cancels the commit when it fails', async () => {
    const carol = await em.insert(user('carol', 'c@x.io'));
    const uow = new UnitOfWork(table);
    uow.insert(user('dave', 'd@x.io'));
    uow.conditionCheck(carol, where(User).prop('email').eq('not-carol@x.io'));
    await expect(uow.commit()).rejects.toThrow(TransactionCanceledError);
    expect(await em.get(User, { username: 'dave' }, { consistent: true })).toBeUndefined();
  });
});
