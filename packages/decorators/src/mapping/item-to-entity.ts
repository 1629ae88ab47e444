import { type Item, stripEntityPrefix, type TableConfig } from '@dokklib/core';
import type {
  AttributeMetadata,
  EntityMetadata,
  KeyMetadata,
} from '../metadata/entity-metadata.js';
import { decodeKeyInto } from './composite-key.js';
import { plainToEntity } from './direct/transform-entity.js';
import { containsOpaqueValue, restoreOpaqueValues, withoutOpaqueValues } from './opaque-values.js';
import { customIndex } from './table-binding.js';

/**
 * An entity instance from an item (key attributes with or without their entity prefix),
 * through class-transformer's `plainToInstance` (or its result computed directly, see
 * `plainToEntity`). Key properties are read from the keys; ISO-8601 strings of `Date`
 * properties become `Date`s, epoch seconds of a `Date` `@TimeToLive` too, and lists of `Set`
 * properties `Set`s. Binary values and `NumberValue`s are kept as they are, at any depth.
 */
export function itemToEntity<T extends object>(
  config: TableConfig,
  metadata: EntityMetadata<T>,
  item: Item,
): T {
  const plain: Record<string, unknown> = {};
  let opaque: [string, unknown][] | undefined;
  for (const attribute of metadata.attributes) {
    const value: unknown = item[attribute.name];
    if (value === undefined) continue;
    if (containsOpaqueValue(value)) {
      // class-transformer takes binary and exact numbers apart: they are put back afterwards.
      (opaque ??= []).push([attribute.property, value]);
      plain[attribute.property] = withoutOpaqueValues(value);
    } else {
      plain[attribute.property] = fromStored(attribute, value);
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
  const entity = plainToEntity(metadata.target, plain) as Record<string, unknown>;
  for (const [property, value] of opaque ?? []) {
    entity[property] = restoreOpaqueValues(entity[property], value);
  }
  restoreTypes(metadata, entity);
  return entity as T;
}

function readKey(
  plain: Record<string, unknown>,
  key: KeyMetadata | undefined,
  stored: unknown,
): void {
  if (key === undefined || typeof stored !== 'string') return;
  decodeKeyInto(plain, key, stripEntityPrefix(stored));
}

function fromStored(attribute: AttributeMetadata, value: unknown): unknown {
  if (
    attribute.role === 'timeToLive' &&
    attribute.designType === Date &&
    typeof value === 'number'
  ) {
    return new Date(value * 1000);
  }
  return value;
}

const typedAttributes = new WeakMap<EntityMetadata, readonly AttributeMetadata[]>();

/** The attributes whose `Date` or `Set` type `restoreTypes` gives back (once per class). */
function dateAndSetAttributes(metadata: EntityMetadata): readonly AttributeMetadata[] {
  let attributes = typedAttributes.get(metadata);
  if (attributes === undefined) {
    attributes = metadata.attributes.filter((a) => a.designType === Date || a.designType === Set);
    typedAttributes.set(metadata, attributes);
  }
  return attributes;
}

function restoreTypes(metadata: EntityMetadata, entity: Record<string, unknown>): void {
  for (const { property, designType } of dateAndSetAttributes(metadata)) {
    const value = entity[property];
    if (designType === Date && typeof value === 'string') entity[property] = new Date(value);
    if (designType === Set && (Array.isArray(value) || value instanceof Set)) {
      entity[property] = new Set(value);
    }
  }
}
