import type { TableIndex } from '../../indexes/table-index.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { TableConfig } from '../../table/table-config.js';

/** The query a cursor belongs to, and the shape of the key it may hold. */
export interface CursorScope {
  readonly tableName: string;
  /** The GSI's name; `undefined` for the table. */
  readonly indexName: string | undefined;
  /** The partition key as stored: `'USER#alice'`. */
  readonly partitionKey: string;
  /** The attribute that holds the partition key in the index. */
  readonly partitionKeyAttribute: string;
  /** The attributes of a `LastEvaluatedKey` of this index, exactly. */
  readonly keyAttributes: readonly string[];
}

/** The scope of cursors of a query on `index` in the partition `pk` (a key or its stored text). */
export function queryCursorScope(
  config: Pick<TableConfig, 'tableName' | 'primaryIndex'>,
  index: TableIndex,
  pk: PartitionKey | string,
): CursorScope {
  const { primaryIndex } = config;
  const keyAttributes = new Set([
    index.partitionKey,
    index.sortKey,
    primaryIndex.partitionKey,
    primaryIndex.sortKey,
  ]);
  return {
    tableName: config.tableName,
    indexName: index.indexName,
    partitionKey: String(pk),
    partitionKeyAttribute: index.partitionKey,
    keyAttributes: [...keyAttributes],
  };
}
