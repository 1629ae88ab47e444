import type { Item } from '../expressions/index.js';

/** A deep copy of an item, so that neither the caller nor the store can alias the other's. */
export function copyItem(item: Item): Item {
  return structuredClone(item);
}

/** A deep copy of an item, or `undefined`. */
export function copyOptionalItem(item: Item | undefined): Item | undefined {
  return item === undefined ? undefined : copyItem(item);
}
