import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Item } from '../../items/item.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { PrefixSortKey } from '../../keys/prefix-sort-key.js';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import type { PageRequest } from '../pages/page-request.js';
import { query } from './query.js';
import { prefixQueryOptions, queryPrefixInput } from './query-prefix-input.js';
import type { QueryPrefixOptions } from './query-prefix-options.js';

/**
 * Reads every item whose partition key is `pk` and whose sort key starts with `prefix`,
 * following pages until all are read or `limit` is reached (`Table.queryPrefix` as a
 * function). By default only the index's sort key attribute is read, without its prefix.
 * @throws {InvalidKeyError} if `prefix` is not a `PrefixSortKey`, before sending.
 */
export async function queryPrefix(
  table: BareTable,
  pk: PartitionKey,
  prefix: PrefixSortKey,
  options: QueryPrefixOptions = {},
): Promise<Item[]> {
  return query(table, pk, prefixQueryOptions(table.config, prefix, options));
}

/** The `Query` input of one page of {@link queryPrefix} (the first page by default). */
export function queryPrefixRequest(
  table: TableLayout,
  pk: PartitionKey,
  prefix: PrefixSortKey,
  options?: QueryPrefixOptions,
  page?: PageRequest,
): QueryCommandInput {
  const input = queryPrefixInput(table.config, pk, prefix, options, page);
  return withConsumedCapacity(table.config, input);
}
