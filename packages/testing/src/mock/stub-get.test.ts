import 'reflect-metadata';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { GlobalSecondaryIndex } from '@dokklib/core';
import { Membership, Order, User } from '../../../decorators/test/entities.js';
import { mockTable } from './mock-table.js';
import { stubGet } from './stub-get.js';

const alice = Object.assign(new User(), {
  username: 'alice',
  email: 'alice@example.com',
  joinedAt: new Date('2024-01-02T03:04:05.000Z'),
  version: 4,
});

describe('stubGet', () => {
  it('makes get() return a copy of each stubbed entity, and nothing for other keys', async () => {
    const { entities, stub } = mockTable();
    const member = Object.assign(new Membership(), { user: 'alice', group: 'g1', role: 'owner' });
    stubGet(stub, alice, member);
    const read = await entities.get(User, { username: 'alice' });
    expect(read).toEqual(alice);
    expect(read).toBeInstanceOf(User);
    expect(read).not.toBe(alice);
    await expect(entities.get(Membership, { user: 'alice', group: 'g1' })).resolves.toEqual(member);
    await expect(entities.get(User, { username: 'bob' })).resolves.toBeUndefined();
    await expect(entities.get(Membership, { user: 'alice', group: 'g2' })).resolves.toBeUndefined();
  });

  it('stores keys as the decorators do: prefixes, composite keys, GSI keys and _type', async () => {
    const { entities, stub } = mockTable({
      tableOptions: { globalIndexes: [new GlobalSecondaryIndex('GSI_2', 'GSI_2_PK', 'GSI_2_SK')] },
    });
    const order = Object.assign(new Order(), {
      user: 'alice',
      date: '2024-05-01',
      number: 17,
      totalCents: 5,
      state: 'OPEN',
    });
    stubGet(stub, order);
    await entities.get(Order, { user: 'alice', date: '2024-05-01', number: 17 });
    const answer = await stub.commandCalls(GetCommand)[0]?.returnValue;
    expect(answer?.Item).toMatchObject({
      PK: 'USER#alice',
      SK: 'ORDER#2024-05-01|00017',
      _type: 'ORDER',
      total_cents: 5,
      GSI_2_PK: 'STATE#OPEN',
    });
  });

  it('stores a @Version entity without a version at version 1, so it can be updated', async () => {
    const { entities, stub } = mockTable();
    stubGet(stub, Object.assign(new User(), { username: 'bob', email: 'b@example.com' }));
    await expect(entities.get(User, { username: 'bob' })).resolves.toMatchObject({ version: 1 });
  });

  it('keeps earlier stubs when called again', async () => {
    const { entities, stub } = mockTable();
    stubGet(stub, alice);
    stubGet(stub, Object.assign(new User(), { username: 'bob', email: 'b@example.com' }));
    await expect(entities.get(User, { username: 'alice' })).resolves.toEqual(alice);
  });
});
