import type { AttributePath } from '../../expressions/attribute-path.js';
import type { GlobalSecondaryIndex } from '../../indexes/global-secondary-index.js';

/** Options of `Table.queryPrefix`. */
export interface QueryPrefixOptions {
  /** Query this GSI (e.g. `new InversePrimaryIndex()`) rather than the table. */
  readonly globalIndex?: GlobalSecondaryIndex;
  /** Attributes to read; the index's sort key attribute by default. */
  readonly attributes?: readonly AttributePath[];
  /** Strongly consistent read; only on the table, DynamoDB refuses it on a GSI. */
  readonly consistent?: boolean;
  /** Return at most this many items (a positive integer); all matches by default. */
  readonly limit?: number;
}
