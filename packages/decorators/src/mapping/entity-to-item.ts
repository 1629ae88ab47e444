import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { type Attributes, type TableConfig } from '@dokklib/core';
import { ENTITY_TYPE_ATTRIBUTE } from '../metadata/entity-definition.js';
import type { AttributeMetadata, EntityMetadata } from '../metadata/entity-metadata.js';
import { checkTransformable } from './check-transformable.js';
import { entityToPlain } from './direct/transform-entity.js';
import { indexKeyAttributes } from './entity-key.js';
import { assignAttributes } from './merge-attributes.js';
import { restoreLostValues } from './lost-values.js';
import { toEpochSeconds, toStoredValue } from './stored-value.js';
import { checkTableBinding } from './table-binding.js';

/**
 * The attributes an entity is stored with, besides its primary key: the stored properties
 * (through class-transformer's `instanceToPlain`, so `@Exclude`, `@Transform`… apply; see
 * `entityToPlain`), the `_type` attribute and the keys of its custom GSIs. Undecorated
 * properties are left out, and so are properties whose value is `undefined`.
 * @throws {EntityDefinitionError} if the entity does not fit the table.
 * @throws {InvalidKeyError} if a GSI key property cannot form a key.
 * @throws {ValidationError} for a map key or a set class-transformer cannot carry (see `checkTransformable`).
 */
export function entityToAttributes(
  config: TableConfig,
  metadata: EntityMetadata,
  entity: object,
): Attributes {
  checkTableBinding(config, metadata);
  const raw = entity as Record<string, unknown>;
  for (const { property } of metadata.attributes) {
    const value = raw[property];
    if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
      checkTransformable(value, `${metadata.target.name}.${property}`);
    }
  }
  const plain = entityToPlain(entity);
  const attributes: Attributes = { [ENTITY_TYPE_ATTRIBUTE]: metadata.name.name };
  for (const attribute of metadata.attributes) {
    const converted = plain[attribute.property];
    if (converted === undefined && !(attribute.property in plain)) continue;
    const value = storedValue(attribute, converted, raw[attribute.property]);
    if (value !== undefined) attributes[attribute.name] = value;
  }
  if (metadata.indexKeys.length > 0) {
    assignAttributes(attributes, indexKeyAttributes(config, metadata, entity));
  }
  return attributes;
}

/** A property's value (`raw`, and `plain` after class-transformer) as DynamoDB stores it. */
export function storedValue(
  attribute: AttributeMetadata,
  plain: unknown,
  raw: unknown,
): NativeAttributeValue {
  if (attribute.role === 'timeToLive') return toEpochSeconds(raw);
  // Most values are neither objects nor made objects (by a `@Transform`): stored as they are.
  if ((typeof raw !== 'object' || raw === null) && (typeof plain !== 'object' || plain === null)) {
    return plain as NativeAttributeValue;
  }
  return toStoredValue(restoreLostValues(plain, raw), raw);
}
