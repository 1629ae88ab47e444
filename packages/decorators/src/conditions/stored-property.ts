import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '@dokklib/core';
import { entityToPlain } from '../mapping/direct/transform-entity.js';
import { storedValue } from '../mapping/entity-to-item.js';
import { toStoredValue } from '../mapping/stored-value.js';
import type { AttributeMetadata, EntityMetadata } from '../metadata/entity-metadata.js';

/** A stored property in a condition: its attribute name and how its values are stored. */
export interface StoredProperty {
  /** `User.email`, for messages. */
  readonly label: string;
  /** The attribute it is stored under. */
  readonly name: string;
  /** A value of the property as a write stores it (Dates as ISO strings, `@Transform`s applied…). */
  readonly toStored: (value: unknown) => NativeAttributeValue;
  /** An element of a set or list property, or a substring, as stored. */
  readonly toStoredElement: (value: unknown) => NativeAttributeValue;
}

/**
 * The stored (non-key) property of an entity class named `property`.
 * @throws {ValidationError} if it is a key property or not a stored property.
 */
export function storedProperty(metadata: EntityMetadata, property: string): StoredProperty {
  const label = `${metadata.target.name}.${property}`;
  const attribute = metadata.attributes.find((a) => a.property === property);
  if (attribute === undefined) throw notStored(metadata, property, label);
  return {
    label,
    name: attribute.name,
    toStored: (value) => valueAsStored(metadata, attribute, value),
    toStoredElement: (value) => toStoredValue(value, value),
  };
}

function notStored(metadata: EntityMetadata, property: string, label: string): ValidationError {
  const keys = [
    metadata.partitionKey,
    metadata.sortKey,
    ...metadata.indexKeys.flatMap((k) => [k.partitionKey, k.sortKey]),
  ];
  const isKey = keys.some((key) => key?.parts.some((part) => part.property === property));
  return new ValidationError(
    isKey
      ? `${label} is a key property: conditions in entity terms are on stored attributes; select by key with the key argument of get, query or delete.`
      : `${label} is not a stored property of entity ${metadata.name.name}; conditions name properties decorated with @Attribute, @Version, @CreatedAt, @UpdatedAt or @TimeToLive.`,
  );
}

/** The value as a write of an entity holding it would store it. */
function valueAsStored(
  metadata: EntityMetadata,
  attribute: AttributeMetadata,
  value: unknown,
): NativeAttributeValue {
  // Made without the constructor, so the class's other fields (own properties set to
  // `undefined` by class field semantics) are not there for their transforms to meet.
  const holder = Object.create(metadata.target.prototype) as object;
  Object.defineProperty(holder, attribute.property, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  const plain = entityToPlain(holder);
  return storedValue(attribute, plain[attribute.property], value);
}
