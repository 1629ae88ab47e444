import { ItemTooLargeError } from '../errors/item-too-large-error.js';
import type { Item } from './item.js';
import { itemSizeBytes, MAX_ITEM_BYTES } from './item-size.js';

/**
 * Measures an item and returns its size in bytes. `operation` names the write in the
 * message (a function is called only when the item is too large).
 * @throws {ItemTooLargeError} if the item is over DynamoDB's 400 KB limit.
 */
export function checkItemSize(item: Item, operation: string | (() => string)): number {
  return checkItemBytes(itemSizeBytes(item), operation);
}

/**
 * {@link checkItemSize} of a size already measured (with {@link itemSizeBytes}); returns it.
 * @throws {ItemTooLargeError} if it is over DynamoDB's 400 KB limit.
 */
export function checkItemBytes(size: number, operation: string | (() => string)): number {
  if (size > MAX_ITEM_BYTES) {
    throw new ItemTooLargeError(
      `The item of ${typeof operation === 'string' ? operation : operation()} is about ${size} bytes; DynamoDB allows at most ${MAX_ITEM_BYTES} (400 KB). Store large data elsewhere (e.g. S3) and keep a reference.`,
    );
  }
  return size;
}
