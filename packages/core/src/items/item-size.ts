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
  for (const name of Object.keys(item)) {
    const value = item[name];
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

/** 1 byte plus 1 per 2 significant digits (leading zeros left out, other digits counted). */
function numberSize(text: string): number {
  let digits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && (digits > 0 || code !== 48)) digits += 1;
  }
  return Math.ceil(digits / 2) + 1;
}

/** UTF-8 length; ASCII text (the usual case) is counted without a call into Buffer. */
function utf8Length(text: string): number {
  for (let i = 0; i < text.length; i += 1) {
    if (text.charCodeAt(i) > 0x7f) return Buffer.byteLength(text, 'utf8');
  }
  return text.length;
}
