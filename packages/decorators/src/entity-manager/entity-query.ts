import {
  attr,
  type GlobalSecondaryIndex,
  PartitionKey,
  PrefixSortKey,
  type QueryPageOptions,
  SortKey,
  type SortKeyCondition,
  type TableConfig,
  ValidationError,
} from '@dokklib/core';
import {
  COMPOSITE_KEY_SEPARATOR,
  encodeKey,
  encodeKeyPrefix,
  leadingPartCount,
} from '../mapping/composite-key.js';
import { customIndex } from '../mapping/table-binding.js';
import { ENTITY_TYPE_ATTRIBUTE } from '../metadata/entity-definition.js';
import { allOf } from './entity-write-options.js';
import type { EntityMetadata, KeyMetadata } from '../metadata/entity-metadata.js';
import type { EntityQueryPageOptions, SortKeyRange } from './entity-query-options.js';
import { sortKeyRangeCondition } from './sort-key-range-condition.js';

/** An entity query as the arguments of core's `Table.query…` methods. */
export interface EntityQuery {
  /** The partition read, in the table or the index. */
  readonly pk: PartitionKey;
  /** The sort key condition, the `_type` filter, the index, and the paging options. */
  readonly options: QueryPageOptions;
}

/**
 * The core query reading the entities of one class whose index partition key is given by
 * `key`, narrowed by the leading sort key properties in `key` (equal when all are given,
 * otherwise a prefix) or by `options.sortKey`, and kept to the class by its `_type`.
 * @throws {ValidationError} or {InvalidKeyError} for a missing partition key property, a
 * range given with sort key properties, or an index the entity has no keys for.
 */
export function entityQuery(
  config: TableConfig,
  metadata: EntityMetadata,
  key: object,
  options: EntityQueryPageOptions<object> = {},
): EntityQuery {
  const { index, partition, sort } = indexKeys(config, metadata, options.index);
  const label = metadata.name.name;
  const pk = new PartitionKey(partition.prefix, encodeKey(partition, key, label));
  const sharesPartition = sort === partition;
  return {
    pk,
    options: {
      sortKey: sortKeyCondition(sort, key, options.sortKey, label, sharesPartition),
      filter: allOf(attr(ENTITY_TYPE_ATTRIBUTE).eq(label), options.filter),
      ...(index === undefined ? {} : { globalIndex: index }),
      reverse: options.reverse,
      consistent: options.consistent,
      limit: options.limit,
      pageSize: options.pageSize,
      cursor: options.cursor,
    },
  };
}

interface IndexKeys {
  /** The GSI queried; `undefined` for the table. */
  readonly index: GlobalSecondaryIndex | undefined;
  readonly partition: KeyMetadata;
  readonly sort: KeyMetadata;
}

function indexKeys(
  config: TableConfig,
  metadata: EntityMetadata,
  requested: GlobalSecondaryIndex | undefined,
): IndexKeys {
  const primarySort = metadata.sortKey ?? metadata.partitionKey;
  if (requested === undefined) {
    return { index: undefined, partition: metadata.partitionKey, sort: primarySort };
  }
  if (requested.indexName === config.inverseIndex.indexName) {
    return { index: config.inverseIndex, partition: primarySort, sort: metadata.partitionKey };
  }
  const index = customIndex(config, metadata, requested.indexName);
  const keys = metadata.indexKeys.find((k) => k.indexName === requested.indexName);
  if (keys?.partitionKey === undefined) {
    throw new ValidationError(
      `Entity ${metadata.name.name} declares no partition key of index ${requested.indexName} to query it by.`,
    );
  }
  return { index, partition: keys.partitionKey, sort: keys.sortKey ?? keys.partitionKey };
}

function sortKeyCondition(
  sort: KeyMetadata,
  key: object,
  range: SortKeyRange<object> | undefined,
  label: string,
  sharesPartition: boolean,
): SortKey | PrefixSortKey | SortKeyCondition {
  const given = leadingPartCount(sort, key);
  if (range !== undefined) {
    if (given > 0 && !sharesPartition) {
      throw new ValidationError(
        `A query of ${label} gives both sort key properties and a sortKey range; give one of them.`,
      );
    }
    return sortKeyRangeCondition(sort, range, label);
  }
  const value = encodeKeyPrefix(sort, key, given, label);
  if (given === sort.parts.length) return new SortKey(sort.prefix, value);
  return new PrefixSortKey(sort.prefix, given === 0 ? '' : value + COMPOSITE_KEY_SEPARATOR);
}
