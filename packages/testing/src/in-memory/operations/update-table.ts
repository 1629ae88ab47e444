import type {
  AttributeDefinition,
  CreateTableCommandInput,
  GlobalSecondaryIndex,
  UpdateTableCommandInput,
  UpdateTableCommandOutput,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBSimulationError } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import { tableSchema } from '../schema/table-schema.js';
import type { MemoryTables } from '../store/memory-tables.js';
import type { OperationOutput } from './operation-output.js';
import { settingsTable } from './settings-table.js';
import { tableDescription } from './table-description.js';

/**
 * DynamoDB's `UpdateTable`: creates or deletes one global secondary index (active at once,
 * over the items already there; DynamoDB backfills it over minutes), with new attribute
 * definitions for its keys; a billing mode change is recorded; throughput settings are
 * accepted and have no effect.
 */
export function updateTable(
  tables: MemoryTables,
  input: UpdateTableCommandInput,
): OperationOutput<UpdateTableCommandOutput> {
  const table = settingsTable(tables, input.TableName);
  const updates = input.GlobalSecondaryIndexUpdates ?? [];
  const changes = updates.filter(
    (update) => update.Create !== undefined || update.Delete !== undefined,
  );
  if (changes.length > 1) {
    throw validationError(
      'One or more parameter values were invalid: Only one global secondary index update per index is allowed simultaneously.',
    );
  }
  const current = table.schema.input;
  const definitions = mergedDefinitions(current.AttributeDefinitions, input.AttributeDefinitions);
  let indexes = [...(current.GlobalSecondaryIndexes ?? [])];
  for (const { Create: create, Delete: remove } of changes) {
    if (create !== undefined) {
      checkDefined(create, definitions);
      indexes = withIndex(indexes, create, table.schema.indexes);
    }
    if (remove !== undefined) indexes = withoutIndex(indexes, remove.IndexName);
  }
  const next: CreateTableCommandInput = {
    ...current,
    AttributeDefinitions: definitions,
    GlobalSecondaryIndexes: indexes.length > 0 ? indexes : undefined,
    BillingMode: input.BillingMode ?? current.BillingMode,
  };
  table.reshape(tableSchema(next));
  const created = changes.find((change) => change.Create !== undefined)?.Create?.IndexName;
  return { TableDescription: tableDescription(table, 'ACTIVE', created) };
}

/** Refuses a new index whose key attributes have no definition, as DynamoDB Local words it. */
function checkDefined(
  create: GlobalSecondaryIndex,
  definitions: readonly AttributeDefinition[],
): void {
  const defined = new Set(definitions.map((definition) => definition.AttributeName));
  if ((create.KeySchema ?? []).some((key) => !defined.has(key.AttributeName))) {
    throw validationError('No Attribute Schema Defined');
  }
}

function withIndex(
  indexes: GlobalSecondaryIndex[],
  create: GlobalSecondaryIndex,
  existing: ReadonlyMap<string, unknown>,
): GlobalSecondaryIndex[] {
  if (create.IndexName !== undefined && existing.has(create.IndexName)) {
    throw validationError('Attempting to create an index which already exists');
  }
  const { IndexName, KeySchema, Projection } = create;
  return [...indexes, { IndexName, KeySchema, Projection }];
}

function withoutIndex(
  indexes: GlobalSecondaryIndex[],
  name: string | undefined,
): GlobalSecondaryIndex[] {
  // The index name is not in DynamoDB Local's message either.
  if (!indexes.some((index) => index.IndexName === name)) {
    throw new DynamoDBSimulationError('ResourceNotFoundException', 'Requested resource not found');
  }
  return indexes.filter((index) => index.IndexName !== name);
}

/** The table's attribute definitions with the given ones added (or replacing by name). */
function mergedDefinitions(
  current: readonly AttributeDefinition[] | undefined,
  added: readonly AttributeDefinition[] | undefined,
): AttributeDefinition[] {
  const byName = new Map((current ?? []).map((d) => [d.AttributeName, d]));
  for (const definition of added ?? []) byName.set(definition.AttributeName, definition);
  return [...byName.values()];
}
