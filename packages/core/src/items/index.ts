export type { Item, Attributes } from './item.js';
export { stripKeyPrefixes } from './strip-key-prefixes.js';
