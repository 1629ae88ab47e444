/**
 * A DynamoDB Streams handler in entity terms: memberships are written to DynamoDB Local,
 * the stream records a Lambda function would receive for them are built with
 * `entityStreamEvent`, and the handler keeps each group's member count.
 */
import { Table } from '@dokklib/core';
import { EntityManager } from '@dokklib/decorators';
import { entityStreamEvent } from '@dokklib/testing';
import type { ExampleContext } from './example-context.js';
import { GroupMember, GroupStats, memberCountHandler } from './member-count-stream/index.js';

export async function memberCountStreamExample({
  client,
  tableName,
  log,
}: ExampleContext): Promise<void> {
  const table = new Table(tableName, { client });
  const em = new EntityManager(table);
  const handle = memberCountHandler(table);
  const members = ['alice', 'bob', 'carol'].map((user) =>
    Object.assign(new GroupMember(), { user, group: 'red', role: 'member' }),
  );
  for (const member of members) await em.insert(member);
  const joined = await handle(
    entityStreamEvent(
      table,
      members.map((member) => ({ insert: member })),
    ),
  );
  log(`after 3 joins: deltas ${JSON.stringify(joined.deltas)}`);
  await em.delete(GroupMember, { user: 'bob', group: 'red' });
  const left = await handle(entityStreamEvent(table, [{ remove: members[1] }]));
  log(`after bob left: deltas ${JSON.stringify(left.deltas)}`);
  const stats = await em.get(GroupStats, { group: 'red' }, { consistent: true });
  log(`red has ${String(stats?.members)} members`);
}
