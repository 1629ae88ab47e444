import type { CreateTableCommandInput, CreateTableCommandOutput } from '@aws-sdk/client-dynamodb';
import { tableSchema } from '../schema/table-schema.js';
import type { MemoryTables } from '../store/memory-tables.js';
import type { OperationOutput } from './operation-output.js';
import { tableDescription } from './table-description.js';

/** DynamoDB's `CreateTable`: the table is `ACTIVE` at once. */
export function createTable(
  tables: MemoryTables,
  input: CreateTableCommandInput,
  now: Date,
): OperationOutput<CreateTableCommandOutput> {
  const table = tables.create(tableSchema(structuredClone(input)), now);
  return { TableDescription: tableDescription(table) };
}
