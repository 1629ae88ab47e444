import { InvalidKeyError, KEY_SEPARATOR } from '@dokklib/core';
import type { KeyMetadata, KeyPartMetadata } from '../metadata/entity-metadata.js';

/**
 * Joins the values of a key composed of several properties: `ORDER#2024-05-01|o-17`.
 * Not `#`, which separates the entity prefix; values of composite keys must not contain it.
 */
export const COMPOSITE_KEY_SEPARATOR = '|';

/**
 * The value part of a key (after `PREFIX#`) from the key properties of `source`.
 * @throws {InvalidKeyError} if a part is missing, empty, not a string after its codec, or
 * contains `#` (or `|` in a composite key).
 */
export function encodeKey(key: KeyMetadata, source: object, entity: string): string {
  const { parts } = key;
  if (parts.length === 1) return encodePart(key, parts[0].property, parts[0].codec, source, entity);
  return parts
    .map((part) => encodePart(key, part.property, part.codec, source, entity))
    .join(COMPOSITE_KEY_SEPARATOR);
}

/** The first `count` parts of a key, for prefix queries; `''` for none. */
export function encodeKeyPrefix(
  key: KeyMetadata,
  source: object,
  count: number,
  entity: string,
): string {
  return key.parts
    .slice(0, count)
    .map((part) => encodePart(key, part.property, part.codec, source, entity))
    .join(COMPOSITE_KEY_SEPARATOR);
}

/** How many leading parts of the key `source` gives values for. */
export function leadingPartCount(key: KeyMetadata, source: object): number {
  const values = source as Record<string, unknown>;
  const index = key.parts.findIndex((part) => values[part.property] === undefined);
  return index < 0 ? key.parts.length : index;
}

/** The key properties stored in a key's value part: `'2024-05-01|o-17'` gives `{ date, id }`. */
export function decodeKey(key: KeyMetadata, text: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  decodeKeyInto(values, key, text);
  return values;
}

/** Sets the property values of a key's text (without prefix) on `target`, as `decodeKey` gives them. */
export function decodeKeyInto(
  target: Record<string, unknown>,
  key: KeyMetadata,
  text: string,
): void {
  decodeKeyParts(key, text, (index, value) => {
    target[key.parts[index].property] = value;
  });
}

/**
 * Calls `each` with the index and decoded value of each part of a key's text (without
 * prefix), in key order; parts the text lacks are left out.
 */
export function decodeKeyParts(
  key: KeyMetadata,
  text: string,
  each: (index: number, value: unknown) => void,
): void {
  const { parts } = key;
  if (parts.length === 1) {
    each(0, decodeKeyPart(parts[0], text));
    return;
  }
  const texts = text.split(COMPOSITE_KEY_SEPARATOR);
  parts.forEach((part, index) => {
    const partText = texts[index];
    if (partText !== undefined) each(index, decodeKeyPart(part, partText));
  });
}

/** A key part's value from its text (through its codec, if it has one). */
export function decodeKeyPart(part: KeyPartMetadata, text: string): unknown {
  return part.codec === undefined ? text : part.codec.decode(text);
}

function encodePart(
  key: KeyMetadata,
  property: string,
  codec: KeyMetadata['parts'][number]['codec'],
  source: object,
  entity: string,
): string {
  const value = (source as Record<string, unknown>)[property];
  if (value === undefined || value === null) {
    throw new InvalidKeyError(`The key property ${property} of ${entity} has no value.`);
  }
  const text = codec === undefined ? value : codec.encode(value);
  if (typeof text !== 'string' || text.length === 0) {
    throw new InvalidKeyError(
      `The key property ${property} of ${entity} must be a non-empty string${codec === undefined ? '' : ' after its codec'}; got ${JSON.stringify(text)}.`,
    );
  }
  if (text.includes(KEY_SEPARATOR)) {
    throw new InvalidKeyError(
      `The key property ${property} of ${entity} is ${JSON.stringify(text)}, which contains the key separator "${KEY_SEPARATOR}".`,
    );
  }
  if (key.parts.length > 1 && text.includes(COMPOSITE_KEY_SEPARATOR)) {
    throw new InvalidKeyError(
      `The key property ${property} of ${entity} is ${JSON.stringify(text)}, which contains "${COMPOSITE_KEY_SEPARATOR}", the separator of composite keys.`,
    );
  }
  return text;
}
