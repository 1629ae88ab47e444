import { type Item, stripEntityPrefix, type TableConfig } from '@dokklib/core';
import type { EntityClass } from '../metadata/entity-class.js';
import type { EntityMetadata, KeyMetadata } from '../metadata/entity-metadata.js';
import { decodeKeyInto } from './composite-key.js';
import { directItemToEntity } from './direct/direct-item-to-entity.js';
import { definesWithoutSetter } from './direct/direct-plain-to-instance.js';
import { type ItemReadPlan, itemReadPlan } from './direct/item-read-plan.js';
import { NotDirect } from './direct/not-direct.js';
import { plainToEntity } from './direct/transform-entity.js';
import { containsLostValue, restoreLostValues, withoutOpaqueValues } from './lost-values.js';
import { fromStoredValue, restoreTypes } from './restore-types.js';
import { customIndex } from './table-binding.js';

/**
 * An entity instance from an item (key attributes with or without their entity prefix),
 * through class-transformer's `plainToInstance` (or its result computed directly, see
 * `plainToEntity`; for a class that converts directly, without making the plain object, see
 * `directItemToEntity`). Key properties are read from the keys; ISO-8601 strings of `Date`
 * properties become `Date`s, epoch seconds of a `Date` `@TimeToLive` too, and lists of `Set`
 * properties `Set`s. Binary values, `NumberValue`s and sets are kept as they are, at any depth.
 */
export function itemToEntity<T extends object>(
  config: TableConfig,
  metadata: EntityMetadata<T>,
  item: Item,
): T {
  return readEntity(config, metadata, itemReadPlan(config, metadata), item);
}

/** `itemToEntity` for the items of one entity class in one table (its read plan looked up once). */
export function entityReader<T extends object>(
  config: TableConfig,
  metadata: EntityMetadata<T>,
): (item: Item) => T {
  const plan = itemReadPlan(config, metadata);
  return (item) => readEntity(config, metadata, plan, item);
}

function readEntity<T extends object>(
  config: TableConfig,
  metadata: EntityMetadata<T>,
  plan: ItemReadPlan | undefined,
  item: Item,
): T {
  let entity: Record<string, unknown> | undefined;
  if (plan !== undefined) {
    try {
      entity = directItemToEntity(plan, item);
    } catch (error) {
      if (!(error instanceof NotDirect)) throw error;
    }
  }
  entity ??= entityThroughPlainObject(config, metadata, item);
  restoreTypes(metadata, entity);
  return entity as T;
}

/**
 * `itemToEntity` before `restoreTypes`, through the plain object read from the item,
 * converted by `convert` (`plainToEntity`; class-transformer's `plainToInstance` in tests).
 */
export function entityThroughPlainObject(
  config: TableConfig,
  metadata: EntityMetadata,
  item: Item,
  convert: (target: EntityClass, plain: object) => object = plainToEntity,
): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  let opaque: [string, unknown][] | undefined;
  for (const attribute of metadata.attributes) {
    const value: unknown = item[attribute.name];
    if (value === undefined) continue;
    if (
      typeof value === 'object' &&
      value !== null &&
      containsLostValue(value, attribute.designType === Set)
    ) {
      // class-transformer takes binary and exact numbers apart and copies Sets as arrays: they are put back afterwards.
      (opaque ??= []).push([attribute.property, value]);
      plain[attribute.property] = withoutOpaqueValues(value);
    } else {
      plain[attribute.property] = fromStoredValue(attribute, value);
    }
  }
  const { partitionKey, sortKey } = config.primaryIndex;
  // Decoded in this order, so the primary key's values win over equal GSI key properties.
  for (const keys of metadata.indexKeys) {
    const index = customIndex(config, metadata, keys.indexName);
    readKey(plain, keys.partitionKey, item[index.partitionKey]);
    readKey(plain, keys.sortKey, item[index.sortKey]);
  }
  readKey(plain, metadata.sortKey, item[sortKey]);
  readKey(plain, metadata.partitionKey, item[partitionKey]);
  const entity = convert(metadata.target, plain) as Record<string, unknown>;
  const prototype = (entity.constructor as { prototype?: object }).prototype;
  for (const [property, value] of opaque ?? []) {
    const converted = entity[property];
    // Not where class-transformer left the property alone (a method, a getter only).
    if (converted instanceof Function) continue;
    if (prototype !== undefined && definesWithoutSetter(prototype, property)) continue;
    entity[property] = restoreLostValues(converted, value);
  }
  return entity;
}

function readKey(
  plain: Record<string, unknown>,
  key: KeyMetadata | undefined,
  stored: unknown,
): void {
  if (key === undefined || typeof stored !== 'string') return;
  decodeKeyInto(plain, key, stripEntityPrefix(stored));
}
