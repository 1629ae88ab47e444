/** The key attributes of an index a query can read. */
export interface TableIndex {
  /** The GSI's name; `undefined` for the table's primary index. */
  readonly indexName: string | undefined;
  /** The attribute holding the index's partition key. */
  readonly partitionKey: string;
  /** The attribute holding the index's sort key. */
  readonly sortKey: string;
}
