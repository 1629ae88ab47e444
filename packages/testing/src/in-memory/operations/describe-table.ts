import type {
  DescribeTableCommandInput,
  DescribeTableCommandOutput,
} from '@aws-sdk/client-dynamodb';
import type { MemoryTables } from '../store/memory-tables.js';
import type { OperationOutput } from './operation-output.js';
import { tableDescription } from './table-description.js';

/** DynamoDB's `DescribeTable`. */
export function describeTable(
  tables: MemoryTables,
  input: DescribeTableCommandInput,
): OperationOutput<DescribeTableCommandOutput> {
  return { Table: tableDescription(tables.require(input.TableName)) };
}
