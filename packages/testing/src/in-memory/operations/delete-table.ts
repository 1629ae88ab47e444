import type { DeleteTableCommandInput, DeleteTableCommandOutput } from '@aws-sdk/client-dynamodb';
import type { MemoryTables } from '../store/memory-tables.js';
import type { OperationOutput } from './operation-output.js';
import { tableDescription } from './table-description.js';

/** DynamoDB's `DeleteTable`: the table and its items are gone at once. */
export function deleteTable(
  tables: MemoryTables,
  input: DeleteTableCommandInput,
): OperationOutput<DeleteTableCommandOutput> {
  return { TableDescription: tableDescription(tables.delete(input.TableName), 'DELETING') };
}
