import type { QueryCommandInput, QueryCommandOutput } from '@aws-sdk/client-dynamodb';
import { checkPlaceholders, type KeyCondition, parseKeyCondition } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import { indexView } from '../store/index-view.js';
import { sortKeyOrder } from '../store/key-order.js';
import type { MemoryTables } from '../store/memory-tables.js';
import { expressionInputs, optionalFilter, optionalProjection } from './expression-inputs.js';
import { checkKeyCondition, inPartition, sortKeyMatches } from './key-condition-match.js';
import type { OperationOutput } from './operation-output.js';
import { checkLimit, type PageRead, readPage } from './read-page.js';
import { checkSelect } from './select.js';

/**
 * DynamoDB's `Query`: one page of the items of a partition of the table or a GSI, in sort
 * key order, with `Limit` counting items read before the filter.
 */
export function query(
  tables: MemoryTables,
  input: QueryCommandInput,
): OperationOutput<QueryCommandOutput> {
  const table = tables.require(input.TableName);
  const view = indexView(table, input.IndexName);
  if (input.KeyConditionExpression === undefined) {
    throw validationError(
      'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.',
    );
  }
  const inputs = expressionInputs(input);
  const filter = optionalFilter(input.FilterExpression);
  const projection = optionalProjection(input.ProjectionExpression);
  const keyCondition = parseKeyCondition(input.KeyConditionExpression, inputs, {
    partitionKey: view.keys.partitionKey.name,
    sortKey: view.keys.sortKey?.name,
  });
  checkPlaceholders([keyCondition, filter, projection], inputs);
  checkKeyCondition(keyCondition, view.keys);
  checkReadOptions(input, view.index !== undefined);
  const ascending = sortKeyOrder(view.keys, view.tableKeys);
  const forward = input.ScanIndexForward !== false;
  const order = forward
    ? ascending
    : (a: Parameters<typeof ascending>[0], b: Parameters<typeof ascending>[1]) => ascending(b, a);
  const sortName = view.keys.sortKey?.name;
  const items = view.items
    .filter((item) => inPartition(keyCondition, item[view.keys.partitionKey.name]))
    .filter((item) =>
      sortKeyMatches(keyCondition.sort, sortName === undefined ? undefined : item[sortName]),
    )
    .sort(order);
  return readPage({
    view,
    items,
    order,
    exclusiveStartKey: input.ExclusiveStartKey,
    limit: input.Limit,
    filter,
    projection,
    count: input.Select === 'COUNT',
    inputs,
    rangeEnd: view.index === undefined ? rangeEnd(keyCondition, forward) : undefined,
  });
}

/** The bound a table query's sort key range ends on in read order, if any (see `PageRead.rangeEnd`). */
function rangeEnd(condition: KeyCondition, forward: boolean): PageRead['rangeEnd'] {
  const sort = condition.sort;
  if (sort === undefined) return undefined;
  const [low, high] = sort.values;
  if (sort.operator === 'BETWEEN') return { name: sort.name, value: forward ? high : low };
  if (sort.operator === (forward ? '<=' : '>=')) return { name: sort.name, value: low };
  return undefined;
}

/** Checks `Limit`, `Select` and `ConsistentRead` of a query or scan. */
export function checkReadOptions(
  input: Pick<QueryCommandInput, 'Limit' | 'Select' | 'ConsistentRead' | 'ProjectionExpression'>,
  onIndex: boolean,
): void {
  checkLimit(input.Limit);
  checkSelect(input.Select, input.ProjectionExpression !== undefined, onIndex);
  if (onIndex && input.ConsistentRead === true) {
    throw validationError('Consistent reads are not supported on global secondary indexes');
  }
}
