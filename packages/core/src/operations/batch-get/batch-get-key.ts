import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';

/** The key of one item to read with `Table.batchGet`. */
export interface BatchGetKey {
  readonly pk: PartitionKey;
  readonly sk: SortKey;
}
