import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { InvalidKeyError } from '../../errors/invalid-key-error.js';
import { describe } from '../../keys/entity-name.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import { PrefixSortKey } from '../../keys/prefix-sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import type { PageRequest } from '../pages/page-request.js';
import { queryInput } from './query-input.js';
import type { QueryOptions } from './query-options.js';
import type { QueryPrefixOptions } from './query-prefix-options.js';

/**
 * The `Query` input for one page of the items whose partition key is `pk` and whose sort
 * key starts with `prefix`, on the table or a GSI.
 */
export function queryPrefixInput(
  config: TableConfig,
  pk: PartitionKey,
  prefix: PrefixSortKey,
  options: QueryPrefixOptions = {},
  page: PageRequest = {},
): QueryCommandInput {
  return queryInput(config, pk, prefixQueryOptions(config, prefix, options), page);
}

/**
 * `queryPrefix` as a general query: sort key beginning with `prefix`, and by default only
 * the index's sort key attribute read.
 * @throws {InvalidKeyError} if `prefix` is not a `PrefixSortKey`.
 */
export function prefixQueryOptions(
  config: TableConfig,
  prefix: PrefixSortKey,
  options: QueryPrefixOptions = {},
): QueryOptions {
  if (!(prefix instanceof PrefixSortKey)) {
    throw new InvalidKeyError(`queryPrefix needs a PrefixSortKey; got ${describe(prefix)}.`);
  }
  const index = options.globalIndex ?? config.primaryIndex;
  return { ...options, sortKey: prefix, attributes: options.attributes ?? [index.sortKey] };
}
