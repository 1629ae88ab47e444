import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Item, KeyCondition } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import { attributeType } from '../store/attribute-type.js';
import type { IndexView } from '../store/index-view.js';
import { keyAttributes } from '../store/item-key.js';
import { inPartition, sortKeyMatches } from './key-condition-match.js';

/**
 * Checks a read's `ExclusiveStartKey` as DynamoDB Local does: exactly the key attributes a
 * `LastEvaluatedKey` of the read holds (index keys and table keys), of their types, not
 * empty, and for a query inside the key condition's partition and sort key range.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB Local words it.
 */
export function checkStartKey(
  view: IndexView,
  start: Item | undefined,
  query?: KeyCondition,
): void {
  if (start === undefined) return;
  const attributes = [...keyAttributes(view.keys), ...keyAttributes(view.tableKeys)];
  const names = new Set(attributes.map((attribute) => attribute.name));
  if (Object.keys(start).length !== names.size) {
    throw validationError("Exclusive Start Key must have same size as table's key schema");
  }
  if ([...names].some((name) => start[name] === undefined)) {
    throw validationError('The provided starting key is invalid');
  }
  if (attributes.some(({ name, type }) => attributeType(start[name] as AttributeValue) !== type)) {
    throw validationError('Type mismatch for attribute to update');
  }
  checkNotEmpty(view, start);
  if (query !== undefined && !inRange(view, start, query)) {
    throw validationError('The provided starting key does not match the range key predicate');
  }
}

function checkNotEmpty(view: IndexView, start: Item): void {
  const attributes = [...keyAttributes(view.keys), ...keyAttributes(view.tableKeys)];
  const empty = attributes.find(({ name }) => isEmpty(start[name] as AttributeValue));
  if (empty === undefined) return;
  const { name } = empty;
  const kind = start[name]?.S !== undefined ? 'string' : 'binary';
  const onTable = keyAttributes(view.tableKeys).some((key) => key.name === name);
  const detail =
    onTable || view.index === undefined
      ? `The AttributeValue for a key attribute cannot contain an empty ${kind} value. Key: ${name}`
      : `A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty ${kind} value. IndexName: ${view.index.indexName}, IndexKey: ${name}`;
  const partition =
    name === view.keys.partitionKey.name || name === view.tableKeys.partitionKey.name;
  throw validationError(
    `${partition ? 'The query can return at most one row and cannot be restarted. ' : ''}The provided starting key is invalid: One or more parameter values are not valid. ${detail}`,
  );
}

function inRange(view: IndexView, start: Item, query: KeyCondition): boolean {
  const sortName = view.keys.sortKey?.name;
  return (
    inPartition(query, start[view.keys.partitionKey.name]) &&
    sortKeyMatches(query.sort, sortName === undefined ? undefined : start[sortName])
  );
}

function isEmpty(value: AttributeValue): boolean {
  return value.S === '' || (value.B !== undefined && value.B.byteLength === 0);
}
