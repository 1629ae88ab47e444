// Type-level tests, checked by `npx tsc -p tsconfig.json --noEmit` (never run).
import 'reflect-metadata';
import { GlobalSecondaryIndex, InversePrimaryIndex, type Table } from '@dokklib/core';
import { Membership, Order, User } from '../../test/entities.js';
import { Entity } from '../metadata/entity.js';
import { PartitionKey } from '../metadata/partition-key.js';
import { EntityManager } from './entity-manager.js';

@Entity('UNDECLARED_KEYS')
class Note {
  @PartitionKey() id!: string;
  text?: string;
  count?: number;
  tags?: string[];
}

export async function typeTests(table: Table): Promise<void> {
  const em = new EntityManager(table);
  const alice: User | undefined = await em.get(User, { username: 'alice' });
  void alice;
  // @ts-expect-error: not a key property of User.
  await em.get(User, { wrong: 'x' });
  // @ts-expect-error: a key property of the wrong type.
  await em.get(User, { username: 1 });
  // @ts-expect-error: Membership's key needs both user and group.
  await em.get(Membership, { user: 'alice' });
  // @ts-expect-error: email is a property of User but not part of its declared key.
  await em.get(User, { username: 'alice', email: 'a@b.c' });
  const memberships: Membership[] = await em.query(Membership, { user: 'alice' });
  void memberships;
  // @ts-expect-error: query keys are key properties too.
  await em.query(Membership, { role: 'owner' });
  // Without `[KeyProps]`, any string or number property may be given, but no other.
  await em.get(Note, { id: 'n1' });
  // @ts-expect-error: not a property of Note.
  await em.get(Note, { idd: 'n1' });
  // @ts-expect-error: tags is not a string or number property.
  await em.get(Note, { tags: ['a'] });
  // @ts-expect-error: changes must be properties of the entity.
  await em.update(new User(), { emial: 'x' });
  await em.delete(Membership, { user: 'alice', group: 'g1' });
  // @ts-expect-error: delete by class needs the class's key.
  await em.delete(Membership, { user: 'alice' });

  const users: (User | undefined)[] = await em.batchGet(User, [{ username: 'alice' }]);
  void users;
  // @ts-expect-error: batchGet keys are the class's keys.
  await em.batchGet(Membership, [{ user: 'alice' }]);
  const page: { items: Membership[]; cursor: string | undefined } = await em.queryPage(
    Membership,
    { user: 'alice' },
    { pageSize: 10 },
  );
  void page;
  for await (const { items } of em.queryPages(Membership, { user: 'alice' })) {
    const first: Membership | undefined = items[0];
    void first;
  }
  // @ts-expect-error: page queries take key properties too.
  em.queryPages(Membership, { role: 'owner' });

  // A custom GSI is queried by the properties its `@IndexKey`s declare.
  const gsi2 = new GlobalSecondaryIndex('GSI_2', 'GSI_2_PK', 'GSI_2_SK');
  const open: Order[] = await em.query(Order, { state: 'OPEN' }, { index: gsi2 });
  void open;
  await em.queryPage(Order, { state: 'OPEN' }, { index: gsi2, pageSize: 10 });
  await em.query(Membership, { group: 'g1' }, { index: new InversePrimaryIndex() });
  // @ts-expect-error: without an index, state is not a key property of Order.
  await em.query(Order, { state: 'OPEN' });
  // @ts-expect-error: not a property of Order.
  await em.query(Order, { stat: 'OPEN' }, { index: gsi2 });
  // @ts-expect-error: a range bound names properties of the entity.
  await em.query(Order, { user: 'olga' }, { sortKey: { lt: { dat: '2024' } } });
}
