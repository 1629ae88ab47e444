import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  ExpressionContext,
  type Item,
  type PartitionKey,
  PartitionKey as PartitionKeyClass,
  type TableConfig,
  type TableIndex,
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
import type { EntityMetadata, KeyMetadata } from '../metadata/entity-metadata.js';
import type { EntityQueryOptions, SortKeyRange } from './entity-query-options.js';

/** Where a page of a query starts and how many items it may read. */
export interface QueryPageInput {
  readonly exclusiveStartKey?: Item;
  readonly limit?: number;
}

/**
 * The `Query` input for one page of the entities of one class whose index partition key
 * is given by `key`, narrowed by the leading sort key properties in `key` (a prefix) or by
 * `options.sortKey`, and kept to the class by its `_type`.
 * @throws {ValidationError} or {InvalidKeyError} for a missing partition key property, a
 * range given with sort key properties, or an index the entity has no keys for.
 */
export function entityQueryInput(
  config: TableConfig,
  metadata: EntityMetadata,
  key: object,
  options: EntityQueryOptions<object> = {},
  page: QueryPageInput = {},
): QueryCommandInput {
  const { index, partition, sort } = indexKeys(config, metadata, options);
  const label = metadata.name.name;
  const context = new ExpressionContext();
  const pkText = `${partition.prefix.prefix}${encodeKey(partition, key, label)}`;
  const conditions = [`${context.name(index.partitionKey)} = ${context.value(pkText)}`];
  const sortCondition = sortKeyCondition(
    sort,
    key,
    options.sortKey,
    context,
    index.sortKey,
    label,
    sort === partition,
  );
  if (sortCondition !== undefined) conditions.push(sortCondition);
  const filter = `${context.name(ENTITY_TYPE_ATTRIBUTE)} = ${context.value(label)}`;
  return {
    TableName: config.tableName,
    ...(index.indexName === undefined ? {} : { IndexName: index.indexName }),
    KeyConditionExpression: conditions.join(' AND '),
    FilterExpression: filter,
    ...context.toAttributes(),
    ...queryFlags(options, page),
  };
}

/** The index an entity query reads and the partition key it reads, as stored. */
export interface EntityQueryPartition {
  readonly index: TableIndex;
  readonly partitionKey: string;
}

/**
 * The index and stored partition key of the query `entityQueryInput` builds for these arguments.
 * @throws {ValidationError} or {InvalidKeyError} as `entityQueryInput` does.
 */
export function entityQueryPartition(
  config: TableConfig,
  metadata: EntityMetadata,
  key: object,
  options: EntityQueryOptions<object> = {},
): EntityQueryPartition {
  const { index, partition } = indexKeys(config, metadata, options);
  const pkText = `${partition.prefix.prefix}${encodeKey(partition, key, metadata.name.name)}`;
  return { index, partitionKey: pkText };
}

/** The `Query` input for one page of every item in a partition, whatever its entity. */
export function partitionQueryInput(
  config: TableConfig,
  pk: PartitionKey,
  options: Pick<EntityQueryOptions<object>, 'reverse' | 'consistent'> = {},
  page: QueryPageInput = {},
): QueryCommandInput {
  if (!(pk instanceof PartitionKeyClass))
    throw new ValidationError('A partition query needs a PartitionKey.');
  const context = new ExpressionContext();
  return {
    TableName: config.tableName,
    KeyConditionExpression: `${context.name(config.primaryIndex.partitionKey)} = ${context.value(pk.toString())}`,
    ...context.toAttributes(),
    ...queryFlags(options, page),
  };
}

function queryFlags(
  options: Pick<EntityQueryOptions<object>, 'reverse' | 'consistent' | 'index'>,
  page: QueryPageInput,
): Partial<QueryCommandInput> {
  if (options.consistent === true && options.index !== undefined) {
    throw new ValidationError('DynamoDB offers no consistent reads on a global secondary index.');
  }
  return {
    ...(options.reverse === true ? { ScanIndexForward: false } : {}),
    ...(options.consistent === true ? { ConsistentRead: true } : {}),
    ...(page.limit === undefined ? {} : { Limit: page.limit }),
    ...(page.exclusiveStartKey === undefined ? {} : { ExclusiveStartKey: page.exclusiveStartKey }),
  };
}

interface IndexKeys {
  readonly index: TableIndex;
  readonly partition: KeyMetadata;
  readonly sort: KeyMetadata;
}

function indexKeys(
  config: TableConfig,
  metadata: EntityMetadata,
  options: EntityQueryOptions<object>,
): IndexKeys {
  const primarySort = metadata.sortKey ?? metadata.partitionKey;
  const requested = options.index;
  if (requested === undefined) {
    return { index: config.primaryIndex, partition: metadata.partitionKey, sort: primarySort };
  }
  if (requested.indexName === config.inverseIndex.indexName) {
    return { index: config.inverseIndex, partition: primarySort, sort: metadata.partitionKey };
  }
  const index = customIndex(config, metadata, requested.indexName);
  const keys = metadata.indexKeys.find((k) => k.indexName === requested.indexName);
  if (keys?.partitionKey === undefined || keys.sortKey === undefined) {
    throw new ValidationError(
      `Entity ${metadata.name.name} declares no partition and sort key of index ${requested.indexName} to query it by.`,
    );
  }
  return { index, partition: keys.partitionKey, sort: keys.sortKey };
}

function sortKeyCondition(
  sort: KeyMetadata,
  key: object,
  range: SortKeyRange<object> | undefined,
  context: ExpressionContext,
  attribute: string,
  label: string,
  sharesPartition: boolean,
): string | undefined {
  const name = context.name(attribute);
  const given = leadingPartCount(sort, key);
  if (range !== undefined) {
    if (given > 0 && !sharesPartition) {
      throw new ValidationError(
        `A query of ${label} gives both sort key properties and a sortKey range; give one of them.`,
      );
    }
    return rangeCondition(sort, range, context, name, label);
  }
  const prefix = sort.prefix.prefix + encodeKeyPrefix(sort, key, given, label);
  if (given === sort.parts.length) return `${name} = ${context.value(prefix)}`;
  const open = given === 0 ? prefix : prefix + COMPOSITE_KEY_SEPARATOR;
  return `begins_with(${name}, ${context.value(open)})`;
}

function rangeCondition(
  sort: KeyMetadata,
  range: SortKeyRange<object>,
  context: ExpressionContext,
  name: string,
  label: string,
): string {
  const bound = (source: object) =>
    context.value(
      sort.prefix.prefix + encodeKeyPrefix(sort, source, leadingPartCount(sort, source), label),
    );
  if ('between' in range)
    return `${name} BETWEEN ${bound(range.between[0])} AND ${bound(range.between[1])}`;
  if ('lt' in range) return `${name} < ${bound(range.lt)}`;
  if ('le' in range) return `${name} <= ${bound(range.le)}`;
  if ('gt' in range) return `${name} > ${bound(range.gt)}`;
  return `${name} >= ${bound(range.ge)}`;
}
