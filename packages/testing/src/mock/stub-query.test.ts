import 'reflect-metadata';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Membership } from '../../../decorators/test/entities.js';
import { mockTable } from './mock-table.js';
import { stubQuery } from './stub-query.js';

function membership(user: string, group: string): Membership {
  return Object.assign(new Membership(), { user, group, role: 'member' });
}

describe('stubQuery', () => {
  it('answers a query with the pages given, following LastEvaluatedKey', async () => {
    const { entities, stub } = mockTable();
    const pages = [
      [membership('alice', 'g1'), membership('alice', 'g2')],
      [membership('alice', 'g3')],
    ];
    stubQuery(stub, pages);
    await expect(entities.query(Membership, { user: 'alice' })).resolves.toEqual(pages.flat());
    const calls = stub
      .commandCalls(QueryCommand)
      .map((call) => call.args[0].input.ExclusiveStartKey);
    expect(calls).toEqual([undefined, { PK: 'USER#alice', SK: 'GROUP#g2' }]);
  });

  it('gives one page per queryPage, resumed by its cursor', async () => {
    const { entities, stub } = mockTable();
    stubQuery(stub, [[membership('alice', 'g1')], [], [membership('alice', 'g3')]]);
    const first = await entities.queryPage(Membership, { user: 'alice' });
    expect(first.items).toEqual([membership('alice', 'g1')]);
    const second = await entities.queryPage(
      Membership,
      { user: 'alice' },
      { cursor: first.cursor },
    );
    expect(second.items).toEqual([]);
    const third = await entities.queryPage(
      Membership,
      { user: 'alice' },
      { cursor: second.cursor },
    );
    expect(third).toEqual({ items: [membership('alice', 'g3')], cursor: undefined });
  });

  it('answers only the query described, on the table or an index; others find nothing', async () => {
    const { table, entities, stub } = mockTable();
    const members = [membership('alice', 'g1'), membership('bob', 'g1')];
    const inverse = { index: table.config.inverseIndex };
    stubQuery(stub, [members], { entityClass: Membership, key: { group: 'g1' }, options: inverse });
    stubQuery(stub, [[members[0]]], { entityClass: Membership, key: { user: 'alice' } });
    await expect(entities.query(Membership, { group: 'g1' }, inverse)).resolves.toEqual(members);
    await expect(entities.query(Membership, { user: 'alice' })).resolves.toEqual([members[0]]);
    await expect(entities.query(Membership, { user: 'bob' })).resolves.toEqual([]);
    await expect(entities.query(Membership, { group: 'g2' }, inverse)).resolves.toEqual([]);
  });
});
