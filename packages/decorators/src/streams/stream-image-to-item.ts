import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { type Item, losslessNumber } from '@dokklib/core';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { StreamAttributeValue, StreamImage } from './stream-event.js';

/**
 * An item from a stream record's image, as a read through a core `Table` gives it: binary
 * values as `Uint8Array`s (base64 in the event), numbers lossless (`losslessNumber`), sets
 * as `Set`s.
 */
export function streamImageToItem(image: StreamImage): Item {
  const marshalled: Record<string, AttributeValue> = {};
  for (const name of Object.keys(image)) marshalled[name] = toAttributeValue(image[name]);
  return unmarshall(marshalled, { wrapNumbers: losslessNumber }) as Item;
}

function toAttributeValue(value: StreamAttributeValue): AttributeValue {
  if (value.B !== undefined) return { B: fromBase64(value.B) };
  if (value.BS !== undefined) return { BS: value.BS.map(fromBase64) };
  if (value.M !== undefined) {
    const map: Record<string, AttributeValue> = {};
    for (const name of Object.keys(value.M)) map[name] = toAttributeValue(value.M[name]);
    return { M: map };
  }
  if (value.L !== undefined) return { L: value.L.map(toAttributeValue) };
  return value as AttributeValue;
}

function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}
