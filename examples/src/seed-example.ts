/**
 * The seed example: users join groups, the inverse index lists a group's members, and one
 * transaction moves both users to another group.
 */
import * as db from '@dokklib/core';
import type { ExampleContext } from './example-context.js';

export async function seedExample({ client, tableName, log }: ExampleContext): Promise<void> {
  const User = new db.EntityName('USER');
  const Group = new db.EntityName('GROUP');
  const table = new db.Table(tableName, { client });

  const pkAlice = new db.PartitionKey(User, 'alice');
  const pkBob = new db.PartitionKey(User, 'bob');
  const skGroup1 = new db.SortKey(Group, 'group1');
  await table.insert(pkAlice, skGroup1);
  await table.insert(pkBob, skGroup1);

  const members = (group: string): Promise<db.Item[]> =>
    table.queryPrefix(new db.PartitionKey(Group, group), new db.PrefixSortKey(User), {
      globalIndex: new db.InversePrimaryIndex(),
    });
  log(`group1 before the move: ${JSON.stringify(await members('group1'))}`);

  const skGroup2 = new db.SortKey(Group, 'group2');
  await table.transactWriteItems([
    new db.DeleteArg(pkAlice, skGroup1),
    new db.DeleteArg(pkBob, skGroup1),
    new db.InsertArg(pkAlice, skGroup2),
    new db.InsertArg(pkBob, skGroup2),
  ]);
  log(`group1 after the move:  ${JSON.stringify(await members('group1'))}`);
  log(`group2 after the move:  ${JSON.stringify(await members('group2'))}`);
}
