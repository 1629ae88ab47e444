import type { TableIndex } from './table-index.js';

/** The table's own key: `PK` and `SK` unless named otherwise. */
export class PrimaryIndex implements TableIndex {
  readonly indexName = undefined;

  /**
   * @param partitionKey - the partition key attribute, `'PK'` by default.
   * @param sortKey - the sort key attribute, `'SK'` by default.
   */
  constructor(
    readonly partitionKey: string = 'PK',
    readonly sortKey: string = 'SK',
  ) {}
}
