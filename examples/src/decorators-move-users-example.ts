/**
 * The seed example with decorated entity classes: alice and bob move from group1 to group2
 * in one `UnitOfWork` commit, which also updates both groups' member counts (tracked
 * entities, written with their `@Version` checks).
 */
import 'reflect-metadata';
import { InversePrimaryIndex, Table } from '@dokklib/core';
import {
  Attribute,
  Entity,
  EntityManager,
  KeyProps,
  PartitionKey,
  SortKey,
  UnitOfWork,
  Version,
} from '@dokklib/decorators';
import type { ExampleContext } from './example-context.js';

/** A user: PK = SK = USER#<username>. */
@Entity('USER')
class User {
  declare [KeyProps]?: 'username';
  @PartitionKey() username!: string;
  @Attribute() email!: string;
}

/** A group with a count of its members: PK = SK = GROUP#<name>. */
@Entity('GROUP')
class Group {
  declare [KeyProps]?: 'name';
  @PartitionKey() name!: string;
  @Attribute() members!: number;
  @Version() version!: number;
}

/** A user's membership of a group: PK = USER#<user>, SK = GROUP#<group>. */
@Entity('MEMBERSHIP')
class Membership {
  declare [KeyProps]?: 'user' | 'group';
  @PartitionKey(User) user!: string;
  @SortKey(Group) group!: string;
  @Attribute() role!: string;
}

export async function decoratorsMoveUsersExample({
  client,
  tableName,
  log,
}: ExampleContext): Promise<void> {
  const table = new Table(tableName, { client });
  const em = new EntityManager(table);
  const usernames = ['alice', 'bob'];
  for (const username of usernames) {
    await em.insert(Object.assign(new User(), { username, email: `${username}@example.com` }));
    await em.insert(
      Object.assign(new Membership(), { user: username, group: 'group1', role: 'member' }),
    );
  }
  await em.insert(Object.assign(new Group(), { name: 'group1', members: 2 }));
  await em.insert(Object.assign(new Group(), { name: 'group2', members: 0 }));

  const members = async (group: string): Promise<string> => {
    const found = await em.query(Membership, { group }, { index: new InversePrimaryIndex() });
    return found.map((m) => m.user).join(', ') || '(none)';
  };
  log(`group1 before the move: ${await members('group1')}`);

  const uow = new UnitOfWork(table);
  const from = (await uow.get(Group, { name: 'group1' }, { consistent: true }))!;
  const to = (await uow.get(Group, { name: 'group2' }, { consistent: true }))!;
  for (const username of usernames) {
    const membership = (await uow.get(Membership, { user: username, group: 'group1' }))!;
    uow.delete(membership);
    uow.insert(
      Object.assign(new Membership(), { user: username, group: 'group2', role: membership.role }),
    );
    from.members -= 1;
    to.members += 1;
  }
  const actions = uow.toTransactWriteInput()?.TransactItems ?? [];
  log(`one transaction: ${actions.map((action) => Object.keys(action)[0]).join(', ')}`);
  await uow.commit();

  log(`group1 after the move: ${await members('group1')}`);
  log(`group2 after the move: ${await members('group2')}`);
  for (const group of [from, to]) {
    log(`${group.name}: ${group.members} members, version ${group.version}`);
  }
}
