import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { decimalSizeBytes } from '@dokklib/core';
import { type Item, utf8Size } from '../expressions/index.js';

/** DynamoDB's limit on one item, attribute names included. */
export const MAX_ITEM_BYTES = 400 * 1024;

/**
 * The size of a marshalled item as DynamoDB counts it: names and strings by UTF-8 length (`utf8Size`),
 * numbers by DynamoDB's rule (`decimalSizeBytes`: digit pairs aligned on the decimal point,
 * one more byte for most negative numbers), 3 bytes per list or map plus 1 per element.
 */
export function itemSize(item: Item): number {
  let size = 0;
  for (const [name, value] of Object.entries(item)) size += utf8Size(name) + valueSize(value);
  return size;
}

function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8Size(value.S);
  if (value.N !== undefined) return decimalSizeBytes(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, text) => sum + utf8Size(text), 0);
  if (value.NS !== undefined)
    return value.NS.reduce((sum, text) => sum + decimalSizeBytes(text), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, bytes) => sum + bytes.byteLength, 0);
  if (value.L !== undefined)
    return value.L.reduce((sum, element) => sum + 1 + valueSize(element), 3);
  if (value.M !== undefined) {
    return Object.entries(value.M).reduce(
      (sum, [name, element]) => sum + 1 + utf8Size(name) + valueSize(element),
      3,
    );
  }
  return 0;
}
