import type { QueryCommandInput, QueryCommandOutput } from '@aws-sdk/client-dynamodb';
import {
  checkPlaceholders,
  type Item,
  type KeyCondition,
  parseKeyCondition,
} from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import { type IndexView, indexView } from '../store/index-view.js';
import { type ItemOrder, sortKeyOrder } from '../store/key-order.js';
import type { MemoryTables } from '../store/memory-tables.js';
import { expressionInputs, optionalFilter, optionalProjection } from './expression-inputs.js';
import { checkKeyCondition, inPartition, sortKeyMatches } from './key-condition-match.js';
import type { OperationOutput } from './operation-output.js';
import { checkLimit, type PageRead, readPage } from './read-page.js';
import { checkReadAttributes } from './read-key-checks.js';
import { checkSelect } from './select.js';
import { checkStartKey } from './start-key.js';
import { refuseLegacyParameters } from './legacy-parameters.js';

/**
 * DynamoDB's `Query`: one page of the items of a partition of the table or a GSI, in sort
 * key order, with `Limit` counting items read before the filter.
 */
export function query(
  tables: MemoryTables,
  input: QueryCommandInput,
): OperationOutput<QueryCommandOutput> {
  refuseLegacyParameters(input);
  const table = tables.require(input.TableName);
  const view = indexView(table, input.IndexName);
  if (input.KeyConditionExpression === undefined) {
    throw validationError(
      'Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.',
    );
  }
  const inputs = expressionInputs(input, ['FilterExpression']);
  const filter = optionalFilter(input.FilterExpression);
  const projection = optionalProjection(input.ProjectionExpression);
  const keyCondition = parseKeyCondition(input.KeyConditionExpression, inputs, {
    partitionKey: view.keys.partitionKey.name,
    sortKey: view.keys.sortKey?.name,
  });
  checkPlaceholders([keyCondition, filter, projection], inputs);
  checkKeyCondition(keyCondition, view.keys, view.index?.indexName);
  checkReadOptions(input, view, 'querying');
  checkStartKey(view, input.ExclusiveStartKey, keyCondition);
  const read = { filter, projection, inputs, select: input.Select };
  checkReadAttributes(table.schema, view, read, true);
  const forward = input.ScanIndexForward !== false;
  const order = readOrder(view, forward);
  return readPage({
    view,
    items: matchingItems(view, keyCondition).sort(order),
    order,
    exclusiveStartKey: input.ExclusiveStartKey,
    limit: input.Limit,
    filter,
    projection,
    projectedItem: input.Select === 'ALL_ATTRIBUTES' ? undefined : view.projectedItem,
    count: input.Select === 'COUNT',
    inputs,
    rangeEnd: view.index === undefined ? rangeEnd(keyCondition, forward) : undefined,
  });
}

/** Sort key order within a partition, or its reverse. */
function readOrder(view: IndexView, forward: boolean): ItemOrder {
  const ascending = sortKeyOrder(view.keys, view.tableKeys);
  return forward ? ascending : (a, b) => ascending(b, a);
}

/** The index's items that meet the key condition, unordered. */
function matchingItems(view: IndexView, condition: KeyCondition): Item[] {
  const sortName = view.keys.sortKey?.name;
  return view.items
    .filter((item) => inPartition(condition, item[view.keys.partitionKey.name]))
    .filter((item) =>
      sortKeyMatches(condition.sort, sortName === undefined ? undefined : item[sortName]),
    );
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

/** Checks `Limit`, `Select` and `ConsistentRead` of a query or scan of `view`. */
export function checkReadOptions(
  input: Pick<QueryCommandInput, 'Limit' | 'Select' | 'ConsistentRead' | 'ProjectionExpression'>,
  view: IndexView,
  read: 'querying' | 'scanning',
): void {
  checkLimit(input.Limit);
  checkSelect(input.Select, input.ProjectionExpression !== undefined, view.index !== undefined);
  if (view.index?.local === false && input.ConsistentRead === true) {
    throw validationError(`Consistent read cannot be true when ${read} a GSI`);
  }
}
