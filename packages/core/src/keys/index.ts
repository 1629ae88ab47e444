export { KEY_SEPARATOR } from './key-separator.js';
export { EntityName } from './entity-name.js';
export { EntityKey } from './entity-key.js';
export { PartitionKey, MAX_PARTITION_KEY_BYTES } from './partition-key.js';
export { SortKey, MAX_SORT_KEY_BYTES } from './sort-key.js';
export { PrefixSortKey } from './prefix-sort-key.js';
export { stripEntityPrefix } from './strip-entity-prefix.js';
