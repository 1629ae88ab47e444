import { GlobalSecondaryIndex } from './global-secondary-index.js';

/** Where the inverse index lives and which attributes it swaps. */
export interface InversePrimaryIndexOptions {
  /** The GSI's name, `'GSI_1'` by default. */
  readonly indexName?: string;
  /** The table's sort key attribute, the index's partition key; `'SK'` by default. */
  readonly partitionKey?: string;
  /** The table's partition key attribute, the index's sort key; `'PK'` by default. */
  readonly sortKey?: string;
}

/**
 * The inverse of the primary index: a GSI (`GSI_1`) keyed by `SK`, then `PK`, so that a
 * relation stored once can be read from both sides (a group's users and a user's groups).
 */
export class InversePrimaryIndex extends GlobalSecondaryIndex {
  constructor(options: InversePrimaryIndexOptions = {}) {
    super(options.indexName ?? 'GSI_1', options.partitionKey ?? 'SK', options.sortKey ?? 'PK');
  }
}
