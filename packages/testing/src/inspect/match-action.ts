import { isDeepStrictEqual } from 'node:util';
import type { TableConfig } from '@dokklib/core';
import { type EntityClass, entityMetadata, primaryKeyOf } from '@dokklib/decorators';
import type { EntityAction } from './entity-action.js';
import type { ExpectedAction, ExpectedItem } from './expected-action.js';
import { formatEntity, formatValue } from './format-value.js';

/** Compares an actual value with an expected one; jest's `this.equals` fits. */
export type Equality = (actual: unknown, expected: unknown) => boolean;

/** Whether an action sent is the expected one (entities matched partially). */
export function matchesAction(
  actual: EntityAction,
  expected: ExpectedAction,
  config: TableConfig,
  equals: Equality = isDeepStrictEqual,
): boolean {
  if (actual.action !== expected.action) return false;
  if (expected.action === 'insert' || expected.action === 'put') {
    return 'entity' in actual && matchesEntity(actual.entity, expected.entity, equals);
  }
  if (!matchesItem(actual, expected, config)) return false;
  if (expected.action !== 'update' || expected.changes === undefined) return true;
  if (actual.action !== 'update') return false;
  return Object.entries(expected.changes).every(
    ([property, value]) => property in actual.changes && equals(actual.changes[property], value),
  );
}

/**
 * Whether an entity sent matches an expected one: `equals` for asymmetric matchers, else
 * each property the expected one sets (and its class, unless it is a plain object).
 */
export function matchesEntity(actual: unknown, expected: object, equals: Equality): boolean {
  if (typeof actual !== 'object' || actual === null) return false;
  if (typeof (expected as { asymmetricMatch?: unknown }).asymmetricMatch === 'function') {
    return equals(actual, expected);
  }
  if (!isPlainObject(expected) && !(actual instanceof expected.constructor)) return false;
  const sent = actual as Record<string, unknown>;
  return Object.entries(expected).every(
    ([property, value]) => value === undefined || equals(sent[property], value),
  );
}

/** Describes an expected action for messages, as `describeAction` does a sent one. */
export function describeExpected(expected: ExpectedAction): string {
  if (expected.action === 'insert' || expected.action === 'put') {
    return `${expected.action} ${formatEntity(expected.entity)}`;
  }
  const { entityClass, key } = expectedKey(expected);
  const target = `${entityClass.name} ${formatValue(key)}`;
  if (expected.action === 'update' && expected.changes !== undefined) {
    return `update ${target} set ${formatValue(expected.changes)}`;
  }
  return `${expected.action} ${target}`;
}

function matchesItem(actual: EntityAction, expected: ExpectedItem, config: TableConfig): boolean {
  const { entityClass, key } = expectedKey(expected);
  if (actual.entityClass !== undefined && actual.entityClass !== entityClass) return false;
  const { pk, sk } = primaryKeyOf(entityMetadata(entityClass), key);
  const { partitionKey, sortKey } = config.primaryIndex;
  return (
    actual.itemKey[partitionKey] === pk.toString() && actual.itemKey[sortKey] === sk.toString()
  );
}

/** The class and key properties an expected item names. */
function expectedKey(expected: ExpectedItem): { entityClass: EntityClass; key: object } {
  if ('entityClass' in expected) return { entityClass: expected.entityClass, key: expected.key };
  const entityClass = expected.entity.constructor as EntityClass;
  const metadata = entityMetadata(entityClass);
  const source = expected.entity as Record<string, unknown>;
  const parts = [...metadata.partitionKey.parts, ...(metadata.sortKey?.parts ?? [])];
  return {
    entityClass,
    key: Object.fromEntries(parts.map((p) => [p.property, source[p.property]])),
  };
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
