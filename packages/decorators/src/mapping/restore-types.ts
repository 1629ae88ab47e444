import type { AttributeMetadata, EntityMetadata } from '../metadata/entity-metadata.js';
import { parseIsoDate } from './parse-iso-date.js';

/**
 * A stored attribute's value as converted into an entity: the epoch seconds of a `Date`
 * `@TimeToLive` as a `Date`, anything else as is (see `restoreTypes` for the rest).
 */
export function fromStoredValue(attribute: AttributeMetadata, value: unknown): unknown {
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

/**
 * Gives a converted entity's `Date` properties stored as ISO-8601 strings their `Date`s, and
 * its `Set` properties stored as lists (or sets) their `Set`s.
 */
export function restoreTypes(metadata: EntityMetadata, entity: Record<string, unknown>): void {
  for (const { property, designType } of dateAndSetAttributes(metadata)) {
    const value = entity[property];
    if (designType === Date && typeof value === 'string') entity[property] = parseIsoDate(value);
    if (designType === Set && (Array.isArray(value) || value instanceof Set)) {
      entity[property] = new Set(value);
    }
  }
}
