/** The stream handler tested with events built from entities, over the in-memory DynamoDB. */
import { EntityManager } from '@dokklib/decorators';
import { entityStreamEvent, inMemoryTable } from '@dokklib/testing';
import { GroupMember, GroupStats } from './group-member.js';
import { memberCountHandler } from './member-count-handler.js';

function member(user: string, group: string): GroupMember {
  return Object.assign(new GroupMember(), { user, group, role: 'member' });
}

describe('memberCountHandler', () => {
  it('counts inserted memberships in and removed ones out, per group', async () => {
    const { table } = inMemoryTable();
    const handle = memberCountHandler(table);
    const joined = entityStreamEvent(table, [
      { insert: member('alice', 'red') },
      { insert: member('bob', 'red') },
      { insert: member('carol', 'blue') },
    ]);
    await expect(handle(joined)).resolves.toEqual({ deltas: { red: 2, blue: 1 }, skipped: [] });
    const changedRole = Object.assign(member('bob', 'red'), { role: 'admin' });
    const later = entityStreamEvent(table, [
      { remove: member('alice', 'red') },
      { modify: [member('bob', 'red'), changedRole] },
    ]);
    await expect(handle(later)).resolves.toEqual({ deltas: { red: -1 }, skipped: [] });
    const em = new EntityManager(table);
    expect(await em.get(GroupStats, { group: 'red' })).toEqual(
      Object.assign(new GroupStats(), { group: 'red', members: 1 }),
    );
    expect((await em.get(GroupStats, { group: 'blue' }))?.members).toBe(1);
  });

  it('reports records it does not count instead of dropping them silently', async () => {
    const { table } = inMemoryTable();
    const event = entityStreamEvent(table, [{ insert: member('alice', 'red') }]);
    event.Records.push({
      eventName: 'INSERT',
      dynamodb: {
        Keys: { PK: { S: 'X#1' }, SK: { S: 'X#1' } },
        NewImage: { PK: { S: 'X#1' }, SK: { S: 'X#1' } },
      },
    });
    const result = await memberCountHandler(table)(event);
    expect(result.deltas).toEqual({ red: 1 });
    expect(result.skipped).toEqual([
      'INSERT {"PK":"X#1","SK":"X#1"}: the item has no _type attribute',
    ]);
  });
});
