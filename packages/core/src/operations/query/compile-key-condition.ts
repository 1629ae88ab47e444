import type { ExpressionContext } from '../../expressions/expression-context.js';
import type { TableIndex } from '../../indexes/table-index.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import { entityKeyRange } from './entity-key-range.js';
import type { SortKeyCondition } from './sort-key-condition.js';

/** A query's `KeyConditionExpression`, and the one sort key to drop client-side, if any. */
export interface CompiledKeyCondition {
  readonly expression: string;
  /**
   * The stored sort key a strict `lt`/`gt` must not return: DynamoDB only has inclusive
   * ranges that stay inside an entity, so the bound itself is dropped after reading.
   */
  readonly excludedSortKey: string | undefined;
}

/** Writes the key condition of a query on `index`, with placeholders from the context. */
export function compileKeyCondition(
  index: TableIndex,
  pk: PartitionKey,
  condition: SortKeyCondition | undefined,
  context: ExpressionContext,
): CompiledKeyCondition {
  const partition = `${context.name(index.partitionKey)} = ${context.value(pk.toString())}`;
  if (condition === undefined) return { expression: partition, excludedSortKey: undefined };
  const sort = compileSortKeyCondition(condition, context.name(index.sortKey), context);
  const excluded =
    condition.kind === 'lt' || condition.kind === 'gt' ? condition.key.toString() : undefined;
  return { expression: `${partition} AND ${sort}`, excludedSortKey: excluded };
}

function compileSortKeyCondition(
  condition: SortKeyCondition,
  name: string,
  context: ExpressionContext,
): string {
  const first = condition.key.toString();
  const { low, high } = entityKeyRange(condition.key.entity);
  const range = (from: string, to: string): string =>
    `${name} BETWEEN ${context.value(from)} AND ${context.value(to)}`;
  switch (condition.kind) {
    case 'eq':
      return `${name} = ${context.value(first)}`;
    case 'beginsWith':
      return `begins_with(${name}, ${context.value(first)})`;
    case 'between':
      return range(first, String(condition.high));
    case 'lt':
    case 'le':
      return range(low, first);
    case 'gt':
    case 'ge':
      return range(first, high);
  }
}
