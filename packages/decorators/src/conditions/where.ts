import type { Condition } from '@dokklib/core';
import type { EntityClass } from '../metadata/entity-class.js';
import { entityMetadata } from '../metadata/metadata-registry.js';
import { EntityProperty } from './entity-property.js';
import type { PropertyName } from './property-types.js';
import { storedProperty } from './stored-property.js';

/** The properties of an entity class to build conditions on: see {@link where}. */
export interface EntityConditions<T extends object> {
  /** A stored property: its name is checked against `T`, its values against its type. */
  prop<K extends PropertyName<T>>(name: K): EntityProperty<NonNullable<T[K]>>;
}

/**
 * Conditions and filters in entity terms, checked by the compiler: property names are
 * `T`'s, values are of the property's type and are converted as on write (Dates, TTL
 * seconds, `@Transform`s), names are mapped to stored names (`@Attribute({ name })`).
 * The result is a core `Condition`: pass it to `em.update`/`em.delete`, `uow.conditionCheck`
 * or a query's `filter`. Key properties are refused: select by key instead.
 * @example where(User).prop('email').eq('a@example.com')
 * @example where(User, (p) => p('joinedAt').lt(since).and(p('email').exists()))
 * @throws {ValidationError} at `prop` for a key property or one that is not stored.
 */
export function where<T extends object>(entityClass: EntityClass<T>): EntityConditions<T>;
export function where<T extends object>(
  entityClass: EntityClass<T>,
  build: (prop: EntityConditions<T>['prop']) => Condition,
): Condition;
export function where<T extends object>(
  entityClass: EntityClass<T>,
  build?: (prop: EntityConditions<T>['prop']) => Condition,
): EntityConditions<T> | Condition {
  const metadata = entityMetadata(entityClass);
  const prop = <K extends PropertyName<T>>(name: K) =>
    new EntityProperty<NonNullable<T[K]>>(storedProperty(metadata, name));
  return build === undefined ? { prop } : build(prop);
}
