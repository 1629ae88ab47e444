import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import {
  type AttributeTypeName,
  attr,
  type Condition,
  type SizeRef,
  ValidationError,
} from '@dokklib/core';
import type { ElementOf } from './property-types.js';
import type { StoredProperty } from './stored-property.js';

/**
 * One stored property of an entity in a condition, its values typed as the property's
 * (`V`) and converted as a write converts them: `where(User).prop('joinedAt').gt(date)`.
 * Made by {@link where}.
 */
export class EntityProperty<V> {
  readonly #property: StoredProperty;

  constructor(property: StoredProperty) {
    this.#property = property;
  }

  /** `property = value` */
  eq(value: V): Condition {
    return this.#attr().eq(this.#stored(value));
  }
  /** `property <> value` */
  ne(value: V): Condition {
    return this.#attr().ne(this.#stored(value));
  }
  /** `property < value` */
  lt(value: V): Condition {
    return this.#attr().lt(this.#stored(value));
  }
  /** `property <= value` */
  le(value: V): Condition {
    return this.#attr().le(this.#stored(value));
  }
  /** `property > value` */
  gt(value: V): Condition {
    return this.#attr().gt(this.#stored(value));
  }
  /** `property >= value` */
  ge(value: V): Condition {
    return this.#attr().ge(this.#stored(value));
  }
  /** `property BETWEEN low AND high`, both included. */
  between(low: V, high: V): Condition {
    return this.#attr().between(this.#stored(low), this.#stored(high));
  }
  /** `property IN (values…)`: 1 to 100 values. */
  in(values: readonly V[]): Condition {
    return this.#attr().in(values.map((value) => this.#stored(value)));
  }
  /** `attribute_exists(property)` */
  exists(): Condition {
    return this.#attr().exists();
  }
  /** `attribute_not_exists(property)` */
  notExists(): Condition {
    return this.#attr().notExists();
  }
  /** `attribute_type(property, type)` */
  type(type: AttributeTypeName): Condition {
    return this.#attr().type(type);
  }
  /** `begins_with(property, prefix)`, for string properties. */
  beginsWith(this: EntityProperty<string>, prefix: string): Condition {
    return this.#attr().beginsWith(prefix);
  }
  /** `contains(property, value)`: a substring of a string, an element of a set or list. */
  contains(value: ElementOf<V>): Condition {
    return this.#attr().contains(this.#storedElement(value));
  }
  /** `size(property)`, to compare with a number: `prop('tags').size().gt(3)`. */
  size(): SizeRef {
    return this.#attr().size();
  }

  #attr() {
    return attr(this.#property.name);
  }

  #stored(value: unknown): NativeAttributeValue {
    return this.#checked(this.#property.toStored(value));
  }

  #storedElement(value: unknown): NativeAttributeValue {
    return this.#checked(this.#property.toStoredElement(value));
  }

  #checked(stored: NativeAttributeValue): NativeAttributeValue {
    if (stored === undefined) {
      throw new ValidationError(
        `A condition on ${this.#property.label} compares with undefined, which DynamoDB cannot compare; use exists() or notExists().`,
      );
    }
    return stored;
  }
}
