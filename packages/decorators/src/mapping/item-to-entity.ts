import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { type Item, stripEntityPrefix, type TableConfig } from '@dokklib/core';
import type {
  AttributeMetadata,
  EntityMetadata,
  KeyMetadata,
} from '../metadata/entity-metadata.js';
import { decodeKeyInto } from './composite-key.js';
import { plainToEntity } from './direct/transform-entity.js';
import { customIndex } from './table-binding.js';

/**
 * An entity instance from an item (key attributes with or without their entity prefix),
 * through class-transformer's `plainToInstance` (or its result computed directly, see
 * `plainToEntity`). Key properties are read from the keys; ISO-8601 strings of `Date`
 * properties become `Date`s, epoch seconds of a `Date` `@TimeToLive` too, and lists of `Set`
 * properties `Set`s. A top-level `NumberValue` is kept as is.
 */
export function itemToEntity<T extends object>(
  config: TableConfig,
  metadata: EntityMetadata<T>,
  item: Item,
): T {
  const plain: Record<string, unknown> = {};
  let exactNumbers: [string, NumberValue][] | undefined;
  for (const attribute of metadata.attributes) {
    const value: unknown = item[attribute.name];
    // class-transformer would copy a NumberValue into a plain object: set it afterwards.
    if (value instanceof NumberValue) (exactNumbers ??= []).push([attribute.property, value]);
    else if (value !== undefined) plain[attribute.property] = fromStored(attribute, value);
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
  restoreTypes(metadata, entity);
  for (const [property, value] of exactNumbers ?? []) entity[property] = value;
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
