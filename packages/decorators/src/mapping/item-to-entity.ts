import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { type Item, stripEntityPrefix, type TableConfig } from '@dokklib/core';
import { plainToInstance } from 'class-transformer';
import type {
  AttributeMetadata,
  EntityMetadata,
  KeyMetadata,
} from '../metadata/entity-metadata.js';
import { decodeKey } from './composite-key.js';
import { customIndex } from './table-binding.js';

/**
 * An entity instance from an item (key attributes with or without their entity prefix),
 * through class-transformer's `plainToInstance`. Key properties are read from the keys;
 * ISO-8601 strings of `Date` properties become `Date`s, epoch seconds of a `Date`
 * `@TimeToLive` too, and lists of `Set` properties `Set`s. A top-level `NumberValue` is kept as is.
 */
export function itemToEntity<T extends object>(
  config: TableConfig,
  metadata: EntityMetadata<T>,
  item: Item,
): T {
  const plain: Record<string, unknown> = {};
  const exactNumbers: Record<string, NumberValue> = {};
  for (const attribute of metadata.attributes) {
    const value: unknown = item[attribute.name];
    // class-transformer would copy a NumberValue into a plain object: set it afterwards.
    if (value instanceof NumberValue) exactNumbers[attribute.property] = value;
    else if (value !== undefined) plain[attribute.property] = fromStored(attribute, value);
  }
  const { partitionKey, sortKey } = config.primaryIndex;
  const keyValues = [
    ...metadata.indexKeys.flatMap((keys) => {
      const index = customIndex(config, metadata, keys.indexName);
      return [
        readKey(keys.partitionKey, item[index.partitionKey]),
        readKey(keys.sortKey, item[index.sortKey]),
      ];
    }),
    readKey(metadata.sortKey, item[sortKey]),
    readKey(metadata.partitionKey, item[partitionKey]),
  ];
  Object.assign(plain, ...keyValues);
  const entity = plainToInstance(metadata.target, plain);
  restoreTypes(metadata.attributes, entity as Record<string, unknown>);
  return Object.assign(entity, exactNumbers);
}

function readKey(key: KeyMetadata | undefined, stored: unknown): Record<string, unknown> {
  if (key === undefined || typeof stored !== 'string') return {};
  return decodeKey(key, stripEntityPrefix(stored));
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

function restoreTypes(
  attributes: readonly AttributeMetadata[],
  entity: Record<string, unknown>,
): void {
  for (const { property, designType } of attributes) {
    const value = entity[property];
    if (designType === Date && typeof value === 'string') entity[property] = new Date(value);
    if (designType === Set && (Array.isArray(value) || value instanceof Set)) {
      entity[property] = new Set(value);
    }
  }
}
