import { type NativeAttributeValue, NumberValue } from '@aws-sdk/lib-dynamodb';
import { hasOwn } from './has-own.js';
import type { Item } from './item.js';
import { decimalSizeBytes, integerSizeBytes } from './number-size.js';

/** DynamoDB's limit on one item, attribute names included. */
export const MAX_ITEM_BYTES = 400 * 1024;

/**
 * The size of an item as DynamoDB counts it: each attribute name's UTF-8 length plus its
 * value's size (strings and binaries by length, numbers as DynamoDB counts them, see
 * {@link decimalSizeBytes}; 3 bytes of overhead per list or map and 1 per element). An
 * estimate that errs on the large side: numbers are counted exactly, lists and maps over.
 */
export function itemSizeBytes(item: Item): number {
  let size = 0;
  for (const name in item) {
    if (!hasOwn.call(item, name)) continue;
    const value = item[name];
    if (value !== undefined) size += utf8Length(name) + valueSize(value);
  }
  return size;
}

/** Tests the common types first, and walks lists, sets and maps without copying them. */
function valueSize(value: NativeAttributeValue): number {
  switch (typeof value) {
    case 'string':
      return utf8Length(value);
    case 'number':
      return Number.isSafeInteger(value)
        ? integerSizeBytes(value)
        : decimalSizeBytes(String(value));
    case 'boolean':
      return 1;
    case 'bigint':
      return decimalSizeBytes(String(value));
    case 'object':
      return value === null ? 1 : objectSize(value as object);
    default:
      return 0;
  }
}

function objectSize(value: object): number {
  if (Array.isArray(value)) {
    const list = value as NativeAttributeValue[];
    let size = 3;
    for (let i = 0; i < list.length; i += 1) {
      // Holes of a sparse list are not elements (the document client skips them too).
      if (list[i] !== undefined || i in list) size += 1 + valueSize(list[i]);
    }
    return size;
  }
  if (value instanceof Set) {
    let size = 0;
    for (const element of value as Set<NativeAttributeValue>) size += valueSize(element);
    return size;
  }
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value.byteLength;
  if (value instanceof NumberValue) return decimalSizeBytes(value.toString());
  if (value instanceof Map) return mapSize(value as Map<string, NativeAttributeValue>);
  let size = 3;
  const map = value as Record<string, NativeAttributeValue>;
  for (const name in map) {
    if (!hasOwn.call(map, name)) continue;
    const element = map[name];
    if (element !== undefined) size += 1 + utf8Length(name) + valueSize(element);
  }
  return size;
}

/** A JavaScript `Map`, which the SDK writes as a DynamoDB map. */
function mapSize(map: Map<string, NativeAttributeValue>): number {
  let size = 3;
  for (const [name, element] of map) {
    if (element !== undefined) size += 1 + utf8Length(String(name)) + valueSize(element);
  }
  return size;
}

/** UTF-8 length; ASCII text (the usual case) is counted without a call into Buffer. */
function utf8Length(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) > 0x7f) return Buffer.byteLength(text, 'utf8');
  }
  return text.length;
}
