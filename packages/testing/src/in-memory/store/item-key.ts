import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { canonicalDecimal } from '@dokklib/core';
import { type Item, storedText } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { IndexSchema, KeyAttribute, KeySchema, TableSchema } from '../schema/table-schema.js';
import { attributeType } from './attribute-type.js';
import { checkTableKeySizes } from './key-size.js';

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
  if (value.S !== undefined) return `S${storedText(value.S)}`;
  if (value.N !== undefined) return `N${canonicalDecimal(value.N)}`;
  if (value.B !== undefined) return `B${Buffer.from(value.B).toString('base64')}`;
  return JSON.stringify(value);
}

/**
 * {@link checkKey} of the `Key` of a GetItem, DeleteItem or UpdateItem, which must be given.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB Local words it.
 */
export function checkGivenKey(schema: TableSchema, key: Item | undefined): Item {
  if (key === undefined) {
    throw validationError('Cannot have null key for GetItem, DeleteItem, or UpdateItem');
  }
  return checkKey(schema, key);
}

/**
 * Checks a `Key` parameter as DynamoDB Local does: exactly the table's key attributes, each
 * of its type and not empty (checked attribute by attribute, partition key first), within
 * the table's key size limits.
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB Local words it.
 */
export function checkKey(schema: TableSchema, key: Item | undefined): Item {
  const attributes = keyAttributes(schema);
  const given = key ?? {};
  if (Object.keys(given).length !== attributes.length) {
    throw validationError('The number of conditions on the keys is invalid');
  }
  for (const { name, type } of attributes) checkKeyValue(given[name], name, type);
  checkTableKeySizes(schema, given);
  return given;
}

/**
 * Checks an item to write: the table's key attributes present, of their types and not empty,
 * and each GSI key attribute that is present of its type and not empty.
 * @param emptyIndexKey DynamoDB Local's wording for an empty GSI key, which differs for updates.
 */
export function checkItemKeys(
  schema: TableSchema,
  item: Item,
  emptyIndexKey: (index: IndexSchema, name: string) => string = emptyIndexKeyMessage,
): void {
  for (const { name, type } of keyAttributes(schema)) checkKeyValue(item[name], name, type);
  for (const index of schema.indexes.values()) checkIndexKeys(index, item, emptyIndexKey);
}

/** DynamoDB Local's message for a put with an empty GSI key value. */
export function emptyIndexKeyMessage(index: IndexSchema, name: string): string {
  return `One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: ${index.indexName}, IndexKey: ${name}`;
}

function checkKeyValue(value: AttributeValue | undefined, name: string, type: string): void {
  if (value === undefined) throw validationError('One of the required keys was not given a value');
  if (attributeType(value) !== type) {
    throw validationError('One or more parameter values were invalid: Type mismatch for key');
  }
  checkNotEmpty(value, name);
}

function checkIndexKeys(
  index: IndexSchema,
  item: Item,
  emptyIndexKey: (index: IndexSchema, name: string) => string,
): void {
  for (const { name, type } of keyAttributes(index)) {
    const value = item[name];
    if (value === undefined) continue;
    if (attributeType(value) !== type) {
      throw validationError(
        'One or more parameter values were invalid: Type mismatch for Index Key',
      );
    }
    if (isEmpty(value)) throw validationError(emptyIndexKey(index, name));
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
