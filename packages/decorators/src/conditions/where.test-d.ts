// Type-level tests, checked by `npx tsc -p tsconfig.json --noEmit` (never run).
import 'reflect-metadata';
import type { Condition, Table } from '@dokklib/core';
import { Order, User } from '../../test/entities.js';
import { EntityManager } from '../entity-manager/entity-manager.js';
import { UnitOfWork } from '../unit-of-work/unit-of-work.js';
import { Attribute } from '../metadata/attribute.js';
import { Entity } from '../metadata/entity.js';
import { PartitionKey } from '../metadata/partition-key.js';
import { where } from './where.js';

@Entity('WHERE_LABELLED')
class Labelled {
  @PartitionKey() id!: string;
  @Attribute() name!: string;
  label(): string {
    return this.name;
  }
}

export async function typeTests(table: Table): Promise<void> {
  const user = where(User);
  const fine: Condition[] = [
    user.prop('email').eq('a@x'),
    user.prop('joinedAt').gt(new Date()),
    user.prop('version').between(1, 3),
    user.prop('email').beginsWith('a'),
    user.prop('email').contains('x'),
    where(Order).prop('tags').contains('red'),
    where(Order).prop('address').exists(),
    where(Order).prop('tags').size().gt(2),
    where(User, (p) => p('email').eq('a').and(p('version').lt(5))),
  ];
  void fine;

  // @ts-expect-error: not a property of User.
  user.prop('emial');
  // @ts-expect-error: a method is not a stored property.
  where(Labelled).prop('label');
  where(Labelled).prop('name').eq('x');
  // @ts-expect-error: email is a string, not a number.
  user.prop('email').eq(1);
  // @ts-expect-error: joinedAt is a Date.
  user.prop('joinedAt').gt('2024-01-01');
  // @ts-expect-error: version is a number: no begins_with.
  user.prop('version').beginsWith('1');
  // @ts-expect-error: a set of strings contains strings.
  where(Order).prop('tags').contains(1);
  // @ts-expect-error: in takes values of the property's type.
  user.prop('version').in(['1']);
  // @ts-expect-error: the callback's prop is checked the same way.
  where(User, (p) => p('nope').exists());

  const em = new EntityManager(table);
  const alice = new User();
  await em.update(alice, { email: 'b@x' }, { condition: user.prop('email').eq('a@x') });
  await em.delete(alice, { condition: user.prop('email').exists() });
  await em.delete(User, { username: 'alice' }, { condition: user.prop('email').exists() });
  await em.query(Order, { user: 'alice' }, { filter: where(Order).prop('totalCents').gt(100) });
  new UnitOfWork(table).conditionCheck(alice, user.prop('version').eq(1));
}
