import { type NativeAttributeValue, NumberValue } from '@aws-sdk/lib-dynamodb';
import type { Item } from './item.js';

/** DynamoDB's limit on one item, attribute names included. */
export const MAX_ITEM_BYTES = 400 * 1024;

/**
 * The size of an item as DynamoDB counts it: each attribute name's UTF-8 length plus its
 * value's size (strings and binaries by length, numbers by significant digits, 3 bytes of
 * overhead per list or map and 1 per element). An estimate that errs on the large side.
 */
export function itemSizeBytes(item: Item): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) {
    if (value !== undefined) size += utf8Length(name) + valueSize(value);
  }
  return size;
}

function valueSize(value: NativeAttributeValue): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return utf8Length(value);
  if (typeof value === 'number' || typeof value === 'bigint') return numberSize(String(value));
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return value.byteLength;
  if (value instanceof Set)
    return [...value].reduce<number>((sum, element) => sum + valueSize(element), 0);
  if (Array.isArray(value))
    return 3 + value.reduce<number>((sum, element) => sum + 1 + valueSize(element), 0);
  if (value instanceof NumberValue) return numberSize(value.toString());
  if (typeof value === 'object') {
    let size = 3;
    for (const [name, element] of Object.entries(value as Record<string, NativeAttributeValue>)) {
      if (element !== undefined) size += 1 + utf8Length(name) + valueSize(element);
    }
    return size;
  }
  return 0;
}

function numberSize(text: string): number {
  const digits = text.replace(/[^0-9]/g, '').replace(/^0+/, '').length;
  return Math.ceil(digits / 2) + 1;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
