import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { InvalidKeyError } from '../../errors/invalid-key-error.js';
import { ValidationError } from '../../errors/validation-error.js';
import type { AttributePath } from '../../expressions/attribute-path.js';
import { compileCondition } from '../../expressions/compile-condition.js';
import { conditionAttributes } from '../../expressions/condition-attributes.js';
import { compileProjection } from '../../expressions/compile-projection.js';
import { Condition } from '../../expressions/condition.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import type { TableIndex } from '../../indexes/table-index.js';
import { describe } from '../../keys/entity-name.js';
import { PartitionKey } from '../../keys/partition-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { type PageRequest, withPageRequest } from '../pages/page-request.js';
import { compileKeyCondition } from './compile-key-condition.js';
import { checkOptions } from '../check-options.js';
import { QUERY_OPTION_SHAPE, type QueryOptions } from './query-options.js';
import { checkQueryOptions } from './check-query-options.js';
import { SortKeyCondition } from './sort-key-condition.js';
import type { SortKeyExclusion } from './sort-key-exclusion.js';

/** A query compiled once and read page by page. */
export interface CompiledQuery {
  /** The `Query` input without its paging fields (`Limit`, `ExclusiveStartKey`). */
  readonly input: QueryCommandInput;
  /** The index queried. */
  readonly index: TableIndex;
  /** The item to drop after reading, for a strict `lt`/`gt`. */
  readonly exclusion: SortKeyExclusion | undefined;
}

/** The `Query` input of one page (the first by default) of `Table.query`. */
export function queryInput(
  config: TableConfig,
  pk: PartitionKey,
  options: QueryOptions = {},
  page: PageRequest = {},
): QueryCommandInput {
  return withPageRequest(compileQuery(config, pk, options).input, page);
}

/**
 * Compiles a query on the table or a GSI.
 * @throws {InvalidKeyError} for a key that is not a dokklib key.
 * @throws {ValidationError} for a bad filter (or one on the index's key attributes), limit or
 * projection, or a consistent read on a GSI.
 */
export function compileQuery(
  config: TableConfig,
  pk: PartitionKey,
  options: QueryOptions = {},
): CompiledQuery {
  checkPartitionKey(pk);
  checkOptions(options, QUERY_OPTION_SHAPE, 'the options of query');
  checkQueryOptions(options);
  const index: TableIndex = options.globalIndex ?? config.primaryIndex;
  const context = new ExpressionContext();
  const sortKey =
    options.sortKey === undefined ? undefined : SortKeyCondition.from(options.sortKey);
  const key = compileKeyCondition(index, pk, sortKey, context);
  const filter = compileFilter(options.filter, context);
  if (filter !== undefined) checkFilterSpareKeys(index, options.filter as Condition);
  const excluded = key.excludedSortKey;
  const projection = projectedAttributes(options.attributes, excluded && index.sortKey);
  const input: QueryCommandInput = {
    TableName: config.tableName,
    ...(index.indexName === undefined ? {} : { IndexName: index.indexName }),
    KeyConditionExpression: key.expression,
    ...(filter === undefined ? {} : { FilterExpression: filter }),
    ...(projection.attributes === undefined
      ? {}
      : { ProjectionExpression: compileProjection(projection.attributes, context) }),
    ...context.toAttributes(),
    ...(options.reverse === true ? { ScanIndexForward: false } : {}),
    ...(options.consistent === true ? { ConsistentRead: true } : {}),
  };
  const exclusion =
    excluded === undefined
      ? undefined
      : { attribute: index.sortKey, value: excluded, addedToProjection: projection.added };
  return { input, index, exclusion };
}

function checkPartitionKey(pk: PartitionKey): void {
  if (!(pk instanceof PartitionKey)) {
    throw new InvalidKeyError(`A query needs a PartitionKey; got ${describe(pk)}.`);
  }
}

/**
 * Refuses a query filter on the queried index's key attributes, which DynamoDB refuses
 * (put them in the key condition: `sortKey`).
 */
function checkFilterSpareKeys(index: TableIndex, filter: Condition): void {
  for (const name of conditionAttributes(filter.node)) {
    if (name === index.partitionKey || name === index.sortKey) {
      throw new ValidationError(
        `A query's filter cannot use the key attribute ${JSON.stringify(name)} of the index it queries (DynamoDB refuses it); use the sortKey option or another attribute.`,
      );
    }
  }
}

/** A `FilterExpression` (or scan filter) from a condition. @throws {ValidationError} if it is not a `Condition`. */
export function compileFilter(
  filter: Condition | undefined,
  context: ExpressionContext,
): string | undefined {
  if (filter === undefined) return undefined;
  if (!(filter instanceof Condition)) {
    throw new ValidationError(
      `A filter must be a Condition built with attr(…); got ${String(filter)}.`,
    );
  }
  return compileCondition(filter, context);
}

/** The attributes to project, with `required` added when a projection lacks it. */
function projectedAttributes(
  attributes: readonly AttributePath[] | undefined,
  required: string | undefined,
): { attributes: readonly AttributePath[] | undefined; added: boolean } {
  if (attributes === undefined || required === undefined) return { attributes, added: false };
  const present = attributes.some(
    (path) =>
      path === required || (Array.isArray(path) && path.length === 1 && path[0] === required),
  );
  return present
    ? { attributes, added: false }
    : { attributes: [...attributes, required], added: true };
}
