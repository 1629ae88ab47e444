import type { TableIndex } from './table-index.js';

/** A global secondary index with a partition key and a sort key attribute. */
export class GlobalSecondaryIndex implements TableIndex {
  /**
   * @param indexName - the index's name in DynamoDB.
   * @param partitionKey - the attribute holding the index's partition key.
   * @param sortKey - the attribute holding the index's sort key.
   */
  constructor(
    readonly indexName: string,
    readonly partitionKey: string,
    readonly sortKey: string,
  ) {}
}
