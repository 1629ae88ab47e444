import { type Item, KEY_SEPARATOR, type TableConfig } from '@dokklib/core';
import {
  COMPOSITE_KEY_SEPARATOR,
  ENTITY_TYPE_ATTRIBUTE,
  type EntityClass,
  type EntityMetadata,
  entityClassNamed,
  entityMetadata,
  itemToEntity,
  registeredEntityClasses,
} from '@dokklib/decorators';

/** An item's entity class and key properties, when they can be told. */
export interface ItemIdentity {
  readonly entityClass: EntityClass | undefined;
  readonly key: Readonly<Record<string, unknown>> | undefined;
}

const UNKNOWN: ItemIdentity = { entityClass: undefined, key: undefined };

/**
 * Reads items and keys of one table back as entities, through the decorators' own mapping
 * and metadata registry: the `_type` attribute names the class; without it (deletes,
 * updates, condition checks), the one registered class whose key prefixes fit the key.
 */
export class EntityDecoder {
  constructor(readonly config: TableConfig) {}

  /** The entity an item holds, or `undefined` if its `_type` names no entity class. */
  entityOf(item: Item): object | undefined {
    const entityClass = entityClassNamed(String(item[ENTITY_TYPE_ATTRIBUTE]));
    if (entityClass === undefined) return undefined;
    return itemToEntity(this.config, entityMetadata(entityClass), item);
  }

  /** The class and key properties of an item key; `typeName` (a `_type` value) settles the class. */
  identify(itemKey: Item, typeName?: unknown): ItemIdentity {
    const pk = itemKey[this.config.primaryIndex.partitionKey];
    const sk = itemKey[this.config.primaryIndex.sortKey];
    if (typeof pk !== 'string' || typeof sk !== 'string') return UNKNOWN;
    const named = typeof typeName === 'string' ? entityClassNamed(typeName) : undefined;
    const candidates = named === undefined ? registeredEntityClasses() : [named];
    const fitting = candidates.filter((c) => fitsKey(metadataOrUndefined(c), pk, sk));
    const [entityClass] = fitting;
    if (fitting.length !== 1 || entityClass === undefined) return UNKNOWN;
    return { entityClass, key: this.keyProperties(entityClass, itemKey) };
  }

  /** Stored attribute values as property values of the class (`Date`s and `Set`s restored). */
  propertiesOf(entityClass: EntityClass, attributes: Item): Record<string, unknown> {
    const metadata = entityMetadata(entityClass);
    const entity = itemToEntity(this.config, metadata, attributes) as Record<string, unknown>;
    const properties: Record<string, unknown> = {};
    for (const attribute of metadata.attributes) {
      if (attribute.name in attributes) properties[attribute.property] = entity[attribute.property];
    }
    return properties;
  }

  /** The property of the class stored under an attribute name, if any. */
  propertyNamed(entityClass: EntityClass, attributeName: string): string | undefined {
    return entityMetadata(entityClass).attributes.find((a) => a.name === attributeName)?.property;
  }

  private keyProperties(entityClass: EntityClass, itemKey: Item): Record<string, unknown> {
    const metadata = entityMetadata(entityClass);
    const entity = itemToEntity(this.config, metadata, itemKey) as Record<string, unknown>;
    const parts = [...metadata.partitionKey.parts, ...(metadata.sortKey?.parts ?? [])];
    return Object.fromEntries(parts.map((part) => [part.property, entity[part.property]]));
  }
}

function metadataOrUndefined(entityClass: EntityClass): EntityMetadata | undefined {
  try {
    return entityMetadata(entityClass);
  } catch {
    return undefined;
  }
}

/** Whether a stored key has the prefixes and the number of parts of the entity's key. */
function fitsKey(metadata: EntityMetadata | undefined, pk: string, sk: string): boolean {
  if (metadata === undefined) return false;
  const sort = metadata.sortKey ?? metadata.partitionKey;
  if (metadata.sortKey === undefined && sk !== pk) return false;
  return (
    fitsPart(metadata.partitionKey.prefix.name, metadata.partitionKey.parts.length, pk) &&
    fitsPart(sort.prefix.name, sort.parts.length, sk)
  );
}

function fitsPart(prefix: string, parts: number, stored: string): boolean {
  if (!stored.startsWith(prefix + KEY_SEPARATOR)) return false;
  const value = stored.slice(prefix.length + KEY_SEPARATOR.length);
  return parts === 1 || value.split(COMPOSITE_KEY_SEPARATOR).length === parts;
}
