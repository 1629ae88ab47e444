import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { canonicalDecimal } from '@dokklib/core';
import type { Item } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { IndexSchema, KeyAttribute, KeySchema, TableSchema } from '../schema/table-schema.js';
import { attributeType } from './attribute-type.js';

/** The key attributes of a table or index, partition key first. */
export function keyAttributes(schema: KeySchema): KeyAttribute[] {
  return schema.sortKey === undefined
    ? [schema.partitionKey]
    : [schema.partitionKey, schema.sortKey];
}

/** The key attributes of an item (which must have them). */
export function keyOf(schema: KeySchema, item: Item): Item {
  const key: Item = {};
  for (const { name } of keyAttributes(schema)) {
    const value = item[name];
    if (value !== undefined) key[name] = value;
  }
  return key;
}

/** One string per distinct key, to index items by. */
export function keyString(schema: KeySchema, item: Item): string {
  return JSON.stringify(keyAttributes(schema).map(({ name }) => scalarText(item[name])));
}

/** A scalar key value as text that is equal for equal values. */
export function scalarText(value: AttributeValue | undefined): string {
  if (value === undefined) return '';
  if (value.S !== undefined) return `S${value.S}`;
  if (value.N !== undefined) return `N${canonicalDecimal(value.N)}`;
  if (value.B !== undefined) return `B${Buffer.from(value.B).toString('base64')}`;
  return JSON.stringify(value);
}

/**
 * Checks a `Key` parameter: exactly the table's key attributes, of their types.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB words it.
 */
export function checkKey(schema: TableSchema, key: Item | undefined): Item {
  const attributes = keyAttributes(schema);
  const given = key ?? {};
  const matches =
    Object.keys(given).length === attributes.length &&
    attributes.every(
      ({ name, type }) => given[name] !== undefined && attributeType(given[name]) === type,
    );
  if (!matches) throw validationError('The provided key element does not match the schema');
  for (const { name } of attributes) checkNotEmpty(given[name], name);
  return given;
}

/**
 * Checks an item to write: the table's key attributes present, of their types and not empty,
 * and each GSI key attribute that is present of its type and not empty.
 */
export function checkItemKeys(schema: TableSchema, item: Item): void {
  for (const { name, type } of keyAttributes(schema)) {
    const value = item[name];
    if (value === undefined) {
      throw validationError(
        `One or more parameter values were invalid: Missing the key ${name} in the item`,
      );
    }
    if (attributeType(value) !== type) {
      throw validationError(
        `One or more parameter values were invalid: Type mismatch for key ${name} expected: ${type} actual: ${attributeType(value)}`,
      );
    }
    checkNotEmpty(value, name);
  }
  for (const index of schema.indexes.values()) checkIndexKeys(index, item);
}

function checkIndexKeys(index: IndexSchema, item: Item): void {
  for (const { name, type } of keyAttributes(index)) {
    const value = item[name];
    if (value === undefined) continue;
    if (attributeType(value) !== type) {
      throw validationError(
        `One or more parameter values were invalid: Type mismatch for Index Key ${name} Expected: ${type} Actual: ${attributeType(value)} IndexName: ${index.indexName}`,
      );
    }
    if (isEmpty(value)) {
      throw validationError(
        `One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: ${index.indexName}, IndexKey: ${name}`,
      );
    }
  }
}

function checkNotEmpty(value: AttributeValue | undefined, name: string): void {
  if (value !== undefined && isEmpty(value)) {
    throw validationError(
      `One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty ${value.S !== undefined ? 'string' : 'binary'} value. Key: ${name}`,
    );
  }
}

function isEmpty(value: AttributeValue): boolean {
  return value.S === '' || (value.B !== undefined && value.B.byteLength === 0);
}
