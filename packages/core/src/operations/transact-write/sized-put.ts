import { itemSizeBytes } from '../../items/item-size.js';
import type { SizedPutInput } from '../put/put-input.js';
import type { SizedTransactItem } from './transact-write-arg.js';

/** A `Put` action and its size, reusing the item size the put's 400 KB check measured. */
export function sizedPut({ input, itemBytes }: SizedPutInput): SizedTransactItem {
  const valueBytes = itemSizeBytes(input.ExpressionAttributeValues ?? {});
  return { item: { Put: input }, bytes: itemBytes + valueBytes };
}
