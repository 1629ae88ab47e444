import type {
  CreateTableCommandInput,
  KeySchemaElement,
  Projection,
  ScalarAttributeType,
} from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors/simulation-errors.js';
import { checkTableName } from './table-name.js';

/** A key attribute and its scalar type. */
export interface KeyAttribute {
  readonly name: string;
  readonly type: ScalarAttributeType;
}

/** The partition key and optional sort key of a table or index. */
export interface KeySchema {
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute | undefined;
}

/** A secondary index: its keys, which attributes it projects, and whether it is local. */
export interface IndexSchema extends KeySchema {
  readonly indexName: string;
  /**
   * A local secondary index (the table's partition key, another sort key): reads of it may
   * be consistent and fetch attributes it does not project from the table, as DynamoDB's do.
   */
  readonly local: boolean;
  readonly projectionType: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  readonly nonKeyAttributes: readonly string[];
}

/** A table's layout as the in-memory store needs it. */
export interface TableSchema extends KeySchema {
  readonly tableName: string;
  readonly indexes: ReadonlyMap<string, IndexSchema>;
  /** The `CreateTable` input the table was made from, for `DescribeTable`. */
  readonly input: CreateTableCommandInput;
}

/**
 * Reads a `CreateTable` input as DynamoDB does.
 * @throws {DynamoDBSimulationError} ValidationException for a key without a definition or a bad schema.
 */
export function tableSchema(input: CreateTableCommandInput): TableSchema {
  const tableName = checkTableName(input.TableName);
  const types = new Map<string, ScalarAttributeType>();
  for (const definition of input.AttributeDefinitions ?? []) {
    if (definition.AttributeName !== undefined && definition.AttributeType !== undefined) {
      types.set(definition.AttributeName, definition.AttributeType);
    }
  }
  const keys = keySchema(input.KeySchema, types);
  const indexes = new Map<string, IndexSchema>();
  const add = (index: IndexSchema) => {
    if (indexes.has(index.indexName)) {
      throw validationError(`Duplicate index name: ${index.indexName}`);
    }
    indexes.set(index.indexName, index);
  };
  for (const gsi of input.GlobalSecondaryIndexes ?? []) {
    add({
      indexName: gsi.IndexName ?? '',
      local: false,
      ...keySchema(gsi.KeySchema, types),
      ...projection(gsi.Projection),
    });
  }
  for (const lsi of input.LocalSecondaryIndexes ?? []) {
    add({
      indexName: lsi.IndexName ?? '',
      local: true,
      ...localKeySchema(keys, keySchema(lsi.KeySchema, types)),
      ...projection(lsi.Projection),
    });
  }
  return { tableName, ...keys, indexes, input };
}

/**
 * A local secondary index's keys, checked as DynamoDB checks them: the table has a sort
 * key, and the index has the table's partition key and a sort key of its own.
 */
function localKeySchema(table: KeySchema, index: KeySchema): KeySchema {
  if (table.sortKey === undefined) {
    throw validationError(
      'Local Secondary indices are not allowed on hash tables, only hash and range tables',
    );
  }
  if (index.partitionKey.name !== table.partitionKey.name || index.sortKey === undefined) {
    throw validationError('Local Secondary indices must have the same hash key as the main table');
  }
  return index;
}

function keySchema(
  elements: readonly KeySchemaElement[] | undefined,
  types: ReadonlyMap<string, ScalarAttributeType>,
): KeySchema {
  const hash = elements?.find((element) => element.KeyType === 'HASH');
  const range = elements?.find((element) => element.KeyType === 'RANGE');
  if (hash === undefined || (elements?.length ?? 0) > (range === undefined ? 1 : 2)) {
    throw validationError('Invalid KeySchema: Some index key schema element is not valid');
  }
  return {
    partitionKey: keyAttribute(hash, types),
    sortKey: range === undefined ? undefined : keyAttribute(range, types),
  };
}

function keyAttribute(
  element: KeySchemaElement,
  types: ReadonlyMap<string, ScalarAttributeType>,
): KeyAttribute {
  const name = checkKeyAttributeName(element.AttributeName ?? '');
  const type = types.get(name);
  if (type === undefined) {
    throw validationError(
      'One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions',
    );
  }
  return { name, type };
}

function projection(
  value: Projection | undefined,
): Pick<IndexSchema, 'projectionType' | 'nonKeyAttributes'> {
  const projectionType = value?.ProjectionType ?? 'ALL';
  const nonKeyAttributes = (value?.NonKeyAttributes ?? []).map(checkKeyAttributeName);
  return { projectionType, nonKeyAttributes };
}

/** A key attribute's or projected attribute's name: 1 to 255 characters. */
function checkKeyAttributeName(name: string): string {
  if (name.length < 1 || name.length > 255) {
    throw validationError(
      'Names of key attributes and attributes projected into an index must be between 1 and 255 characters, inclusive',
    );
  }
  return name;
}
