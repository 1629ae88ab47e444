import { MAX_PARTITION_KEY_BYTES } from '../keys/partition-key.js';
import { MAX_SORT_KEY_BYTES } from '../keys/sort-key.js';
import type { TableIndex } from './table-index.js';

/** The tightest limit on a key attribute's value among every index that keys on it. */
export interface KeyByteLimit {
  /** The attribute, e.g. `'PK'`. */
  readonly attribute: string;
  /** Its limit in UTF-8 bytes: 1024 if any index uses it as a sort key, else 2048. */
  readonly maxBytes: number;
  /** The role that sets the limit, for messages: `'the sort key of the index GSI_1'`. */
  readonly role: string;
}

/**
 * The byte limit of each key attribute of a table: DynamoDB refuses a write whose value of
 * an index's key attribute is over that index's limit (2048 bytes for a partition key, 1024
 * for a sort key), so `PK`, the inverse index's sort key, is limited to 1024 bytes.
 */
export function keyByteLimits(indexes: readonly TableIndex[]): ReadonlyMap<string, KeyByteLimit> {
  const limits = new Map<string, KeyByteLimit>();
  const tighten = (attribute: string, maxBytes: number, role: string): void => {
    const known = limits.get(attribute);
    if (known === undefined || maxBytes < known.maxBytes) {
      limits.set(attribute, { attribute, maxBytes, role });
    }
  };
  for (const index of indexes) {
    const where = index.indexName === undefined ? 'the table' : `the index ${index.indexName}`;
    tighten(index.partitionKey, MAX_PARTITION_KEY_BYTES, `the partition key of ${where}`);
    tighten(index.sortKey, MAX_SORT_KEY_BYTES, `the sort key of ${where}`);
  }
  return limits;
}
