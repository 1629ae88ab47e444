import {
  type Attributes,
  InvalidKeyError,
  PartitionKey,
  SortKey,
  type TableConfig,
} from '@dokklib/core';
import type { EntityMetadata, KeyMetadata } from '../metadata/entity-metadata.js';
import { encodeKey, leadingPartCount } from './composite-key.js';
import { customIndex } from './table-binding.js';

/** The primary key of an entity, as core's key objects. */
export interface EntityPrimaryKey {
  readonly pk: PartitionKey;
  readonly sk: SortKey;
}

/**
 * The primary key of an entity (or of an object holding its key properties). Without a
 * `@SortKey` the sort key equals the partition key.
 * @throws {InvalidKeyError} if a key property is missing or cannot form a key.
 */
export function primaryKeyOf(metadata: EntityMetadata, source: object): EntityPrimaryKey {
  if (typeof source !== 'object' || source === null) {
    const properties = [...metadata.partitionKey.parts, ...(metadata.sortKey?.parts ?? [])];
    throw new InvalidKeyError(
      `The key of ${metadata.target.name} must be an object of its key properties ({ ${properties.map((part) => part.property).join(', ')} }); got ${source === null ? 'null' : typeof source}.`,
    );
  }
  const label = metadata.name.name;
  const pkValue = encodeKey(metadata.partitionKey, source, label);
  const pk = new PartitionKey(metadata.partitionKey.prefix, pkValue);
  const sortKey = metadata.sortKey;
  const sk =
    sortKey === undefined
      ? new SortKey(metadata.partitionKey.prefix, pkValue)
      : new SortKey(sortKey.prefix, encodeKey(sortKey, source, label));
  return { pk, sk };
}

/** Names an entity by class and key values for messages: `Membership alice/group2`. */
export function describeEntity(metadata: EntityMetadata, source: object): string {
  const values = source as Record<string, unknown>;
  const parts = [...metadata.partitionKey.parts, ...(metadata.sortKey?.parts ?? [])];
  const key = parts.map((part) => String(values[part.property])).join('/');
  return `${metadata.target.name} ${key}`;
}

/**
 * The key attributes of the entity's custom GSIs: `{ GSI_2_PK: 'EMAIL#a@b.c' }`. A key whose
 * properties are all `undefined` is left out, so the item is not in that (sparse) index.
 */
export function indexKeyAttributes(
  config: TableConfig,
  metadata: EntityMetadata,
  entity: object,
): Attributes {
  const attributes: Attributes = {};
  for (const keys of metadata.indexKeys) {
    const index = customIndex(config, metadata, keys.indexName);
    const store = (name: string, key: KeyMetadata | undefined) => {
      if (key !== undefined && leadingPartCount(key, entity) > 0) {
        attributes[name] = keyText(metadata, key, entity);
      }
    };
    store(index.partitionKey, keys.partitionKey);
    store(index.sortKey, keys.sortKey ?? keys.partitionKey);
  }
  return attributes;
}

function keyText(metadata: EntityMetadata, key: KeyMetadata, entity: object): string {
  return new SortKey(key.prefix, encodeKey(key, entity, metadata.name.name)).toString();
}
