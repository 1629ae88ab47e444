import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../errors/validation-error.js';
import { compileProjection } from '../../expressions/compile-projection.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import type { TableIndex } from '../../indexes/table-index.js';
import type { Item } from '../../items/item.js';
import { InvalidKeyError } from '../../errors/invalid-key-error.js';
import { describe } from '../../keys/entity-name.js';
import { PartitionKey } from '../../keys/partition-key.js';
import { PrefixSortKey } from '../../keys/prefix-sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import type { QueryPrefixOptions } from './query-prefix-options.js';

/** Where one page of a prefix query starts and how many items it may return. */
export interface QueryPage {
  readonly exclusiveStartKey?: Item;
  readonly limit?: number;
}

/**
 * The `Query` input for one page of the items whose partition key is `pk` and whose sort
 * key starts with `prefix`, on the table or a GSI.
 */
export function queryPrefixInput(
  config: TableConfig,
  pk: PartitionKey,
  prefix: PrefixSortKey,
  options: QueryPrefixOptions = {},
  page: QueryPage = {},
): QueryCommandInput {
  checkQueryKeys(pk, prefix);
  checkQueryOptions(options);
  const index: TableIndex = options.globalIndex ?? config.primaryIndex;
  const context = new ExpressionContext();
  const keyCondition = `${context.name(index.partitionKey)} = ${context.value(pk.toString())} AND begins_with(${context.name(index.sortKey)}, ${context.value(prefix.toString())})`;
  const projection = compileProjection(options.attributes ?? [index.sortKey], context);
  return {
    TableName: config.tableName,
    ...(index.indexName === undefined ? {} : { IndexName: index.indexName }),
    KeyConditionExpression: keyCondition,
    ProjectionExpression: projection,
    ...context.toAttributes(),
    ...(options.consistent === true ? { ConsistentRead: true } : {}),
    ...(page.limit === undefined ? {} : { Limit: page.limit }),
    ...(page.exclusiveStartKey === undefined ? {} : { ExclusiveStartKey: page.exclusiveStartKey }),
  };
}

function checkQueryKeys(pk: PartitionKey, prefix: PrefixSortKey): void {
  if (!(pk instanceof PartitionKey)) {
    throw new InvalidKeyError(`A query needs a PartitionKey; got ${describe(pk)}.`);
  }
  if (!(prefix instanceof PrefixSortKey)) {
    throw new InvalidKeyError(`queryPrefix needs a PrefixSortKey; got ${describe(prefix)}.`);
  }
}

/** @throws {ValidationError} for a consistent read on a GSI or a limit that is not a positive integer. */
export function checkQueryOptions(options: {
  readonly globalIndex?: TableIndex;
  readonly consistent?: boolean;
  readonly limit?: number;
}): void {
  if (options.consistent === true && options.globalIndex !== undefined) {
    throw new ValidationError(
      `DynamoDB offers no consistent reads on a global secondary index (${String(options.globalIndex.indexName)}); drop "consistent" or query the table.`,
    );
  }
  const limit = options.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new ValidationError(`A query limit must be a positive integer; got ${String(limit)}.`);
  }
}
