import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { type Item, utf8Size } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { KeySchema, TableSchema } from '../schema/table-schema.js';

/** DynamoDB's limit on a partition key value, in bytes (UTF-8 for strings). */
export const MAX_PARTITION_KEY_BYTES = 2048;
/** DynamoDB's limit on a sort key value, in bytes (UTF-8 for strings). */
export const MAX_SORT_KEY_BYTES = 1024;

/** Which key limits an item breaks: the table's, or (only) a GSI's. */
export type KeySizeProblem = 'table' | 'index';

/**
 * The first key limit the item's key attributes break: the table's keys, then (with
 * `indexes`) those of every GSI the item is in, where the table's partition key may be a
 * sort key (as in core's inverse index) and so limited to 1024 bytes.
 */
export function keySizeProblem(
  schema: TableSchema,
  item: Item,
  indexes: boolean,
): KeySizeProblem | undefined {
  if (!withinLimits(schema, item)) return 'table';
  if (indexes && [...schema.indexes.values()].some((index) => !withinLimits(index, item))) {
    return 'index';
  }
  return undefined;
}

/** DynamoDB Local's `ValidationException` for a key over its limit. */
export function keySizeError(problem: KeySizeProblem): Error {
  return validationError(
    problem === 'table'
      ? 'Hash primary key values must be under 2048 bytes, and range primary key values must be under 1024 bytes'
      : 'One or more parameter values were invalid: Size limit exceeded',
  );
}

/**
 * Checks the table's key attributes of a key or item against the table's key limits.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB Local words it.
 */
export function checkTableKeySizes(schema: TableSchema, item: Item): void {
  if (!withinLimits(schema, item)) throw keySizeError('table');
}

function withinLimits(keys: KeySchema, item: Item): boolean {
  return (
    keyValueSize(item[keys.partitionKey.name]) <= MAX_PARTITION_KEY_BYTES &&
    (keys.sortKey === undefined || keyValueSize(item[keys.sortKey.name]) <= MAX_SORT_KEY_BYTES)
  );
}

/** A key value's size as DynamoDB limits it: UTF-8 bytes of a string, bytes of a binary; 0 else. */
export function keyValueSize(value: AttributeValue | undefined): number {
  if (value?.S !== undefined) return utf8Size(value.S);
  return value?.B?.byteLength ?? 0;
}
