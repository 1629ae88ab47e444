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

/** A global secondary index: its keys and which attributes it projects. */
export interface IndexSchema extends KeySchema {
  readonly indexName: string;
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
  for (const gsi of input.GlobalSecondaryIndexes ?? []) {
    const indexName = gsi.IndexName ?? '';
    if (indexes.has(indexName)) throw validationError(`Duplicate index name: ${indexName}`);
    indexes.set(indexName, {
      indexName,
      ...keySchema(gsi.KeySchema, types),
      ...projection(gsi.Projection),
    });
  }
  return { tableName, ...keys, indexes, input };
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
