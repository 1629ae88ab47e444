export type { TableIndex } from './table-index.js';
export { PrimaryIndex } from './primary-index.js';
export { GlobalSecondaryIndex } from './global-secondary-index.js';
export { InversePrimaryIndex, type InversePrimaryIndexOptions } from './inverse-primary-index.js';
export type { KeyByteLimit } from './key-byte-limits.js';
