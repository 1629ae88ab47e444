export type { Item, Attributes } from './item.js';
export { stripKeyPrefixes } from './strip-key-prefixes.js';
export { itemSizeBytes, MAX_ITEM_BYTES } from './item-size.js';
export { decimalSizeBytes } from './number-size.js';
export { checkItemSize } from './check-item-size.js';
export { losslessNumber, canonicalDecimal } from './lossless-number.js';
export { assignAttribute } from './assign-attribute.js';
