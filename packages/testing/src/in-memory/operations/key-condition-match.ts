import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { beginsWith, compareValues, type KeyCondition, valuesEqual } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { KeyAttribute, KeySchema } from '../schema/table-schema.js';
import { attributeType } from '../store/attribute-type.js';
import { keyValueSize, MAX_SORT_KEY_BYTES } from '../store/key-size.js';

type SortCondition = NonNullable<KeyCondition['sort']>;

/**
 * Checks that a key condition names the index's keys with values of their types.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB words it.
 */
export function checkKeyCondition(
  condition: KeyCondition,
  keys: KeySchema,
  indexName?: string,
): void {
  if (condition.partition.name !== keys.partitionKey.name) {
    throw validationError(`Query condition missed key schema element: ${keys.partitionKey.name}`);
  }
  checkValueTypes([condition.partition.value], keys.partitionKey);
  checkNotEmpty([condition.partition.value], keys.partitionKey, indexName);
  if (condition.sort === undefined) return;
  if (keys.sortKey === undefined || condition.sort.name !== keys.sortKey.name) {
    throw validationError('Query key condition not supported');
  }
  checkValueTypes(condition.sort.values, keys.sortKey);
  checkNotEmpty(condition.sort.values, keys.sortKey, indexName);
  if (condition.sort.values.some((value) => keyValueSize(value) > MAX_SORT_KEY_BYTES)) {
    throw validationError(
      'One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes',
    );
  }
  if (condition.sort.operator === 'begins_with' && keys.sortKey.type === 'N') {
    throw validationError(
      'Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N',
    );
  }
  if (condition.sort.operator === 'BETWEEN') checkBetween(condition.sort.values);
}

function checkValueTypes(values: readonly AttributeValue[], key: KeyAttribute): void {
  if (values.some((value) => attributeType(value) !== key.type)) {
    throw validationError(
      'One or more parameter values were invalid: Condition parameter type does not match schema type',
    );
  }
}

/** Rejects empty string or binary key values, worded for the table or the GSI `indexName`. */
function checkNotEmpty(
  values: readonly AttributeValue[],
  key: KeyAttribute,
  indexName: string | undefined,
): void {
  const empty = values.find((v) => v.S === '' || (v.B !== undefined && v.B.byteLength === 0));
  if (empty === undefined) return;
  const value = `cannot contain an empty ${empty.S !== undefined ? 'string' : 'binary'} value`;
  throw validationError(
    indexName === undefined
      ? `One or more parameter values are not valid. The AttributeValue for a key attribute ${value}. Key: ${key.name}`
      : `One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute ${value}. IndexName: ${indexName}, IndexKey: ${key.name}`,
  );
}

function checkBetween([low, high]: readonly AttributeValue[]): void {
  if (low !== undefined && high !== undefined && compareValues(low, high) > 0) {
    throw validationError(
      'Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound',
    );
  }
}

/** Whether an index item's partition key equals the condition's. */
export function inPartition(condition: KeyCondition, value: AttributeValue | undefined): boolean {
  return value !== undefined && valuesEqual(value, condition.partition.value);
}

/** Whether an index item's sort key meets the sort key condition (true without one). */
export function sortKeyMatches(
  sort: SortCondition | undefined,
  value: AttributeValue | undefined,
): boolean {
  if (sort === undefined) return true;
  if (value === undefined) return false;
  const [first, second] = sort.values;
  const compared = compareValues(value, first);
  switch (sort.operator) {
    case '=':
      return compared === 0;
    case '<':
      return compared < 0;
    case '<=':
      return compared <= 0;
    case '>':
      return compared > 0;
    case '>=':
      return compared >= 0;
    case 'BETWEEN':
      return compared >= 0 && second !== undefined && compareValues(value, second) <= 0;
    case 'begins_with':
      return beginsWith(value, first);
  }
}
