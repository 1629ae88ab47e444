import type { ListTablesCommandInput, ListTablesCommandOutput } from '@aws-sdk/client-dynamodb';
import { validationError } from '../errors/simulation-errors.js';
import type { MemoryTables } from '../store/memory-tables.js';
import type { OperationOutput } from './operation-output.js';

/** DynamoDB's largest (and default) `Limit` of one `ListTables` page. */
const MAX_LIMIT = 100;

/**
 * DynamoDB's `ListTables`: the names in order, after `ExclusiveStartTableName`, at most
 * `Limit` (1 to 100, 100 by default); `LastEvaluatedTableName` when more follow.
 */
export function listTables(
  tables: MemoryTables,
  input: ListTablesCommandInput,
): OperationOutput<ListTablesCommandOutput> {
  const limit = input.Limit ?? MAX_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw validationError(
      limit < 1 ? 'Limit must be greater than or equal to 1' : 'Limit in ListTables must be <= 100',
    );
  }
  const start = input.ExclusiveStartTableName;
  const after = tables.names().filter((name) => start === undefined || name > start);
  const page = after.slice(0, limit);
  return {
    TableNames: page,
    ...(after.length > limit ? { LastEvaluatedTableName: page[page.length - 1] } : {}),
  };
}
