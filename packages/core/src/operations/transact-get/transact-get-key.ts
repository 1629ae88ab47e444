import type { AttributePath } from '../../expressions/attribute-path.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';

/** One item to read in `Table.transactGetItems`. */
export interface TransactGetKey {
  readonly pk: PartitionKey;
  readonly sk: SortKey;
  /** Read only these attributes; all by default. */
  readonly attributes?: readonly AttributePath[];
}
