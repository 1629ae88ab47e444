import { DynamoDBSimulationError } from '../expressions/index.js';
import type { MemoryTable } from '../store/memory-table.js';
import type { MemoryTables } from '../store/memory-tables.js';

/**
 * The table an operation on a table's settings (`UpdateTable`, `UpdateTimeToLive`,
 * `DescribeTimeToLive`) names; for an unknown one, DynamoDB Local's
 * `ResourceNotFoundException` for those operations.
 */
export function settingsTable(tables: MemoryTables, name: string | undefined): MemoryTable {
  try {
    return tables.require(name);
  } catch (error) {
    if (!(error instanceof DynamoDBSimulationError) || error.name !== 'ResourceNotFoundException') {
      throw error;
    }
    throw new DynamoDBSimulationError(
      'ResourceNotFoundException',
      'Cannot do operations on a non-existent table',
    );
  }
}
