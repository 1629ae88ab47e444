import type { TableDescription } from '@aws-sdk/client-dynamodb';
import type { MemoryTable } from '../store/memory-table.js';
import { itemSize } from '../store/item-size.js';

/** A table as `DescribeTable` (and `CreateTable`, `DeleteTable`) describe it. */
export function tableDescription(
  table: MemoryTable,
  status: 'ACTIVE' | 'DELETING' = 'ACTIVE',
): TableDescription {
  const { input, tableName } = table.schema;
  const items = table.all();
  return {
    TableName: tableName,
    TableStatus: status,
    KeySchema: input.KeySchema,
    AttributeDefinitions: input.AttributeDefinitions,
    CreationDateTime: table.createdAt,
    ItemCount: items.length,
    TableSizeBytes: items.reduce((sum, item) => sum + itemSize(item), 0),
    TableArn: `arn:aws:dynamodb:local:000000000000:table/${tableName}`,
    BillingModeSummary: { BillingMode: input.BillingMode ?? 'PROVISIONED' },
    ...(input.GlobalSecondaryIndexes === undefined
      ? {}
      : {
          GlobalSecondaryIndexes: input.GlobalSecondaryIndexes.map((index) => ({
            IndexName: index.IndexName,
            KeySchema: index.KeySchema,
            Projection: index.Projection,
            IndexStatus: 'ACTIVE',
            IndexArn: `arn:aws:dynamodb:local:000000000000:table/${tableName}/index/${index.IndexName}`,
          })),
        }),
    ...(input.LocalSecondaryIndexes === undefined
      ? {}
      : {
          LocalSecondaryIndexes: input.LocalSecondaryIndexes.map((index) => ({
            IndexName: index.IndexName,
            KeySchema: index.KeySchema,
            Projection: index.Projection,
            IndexArn: `arn:aws:dynamodb:local:000000000000:table/${tableName}/index/${index.IndexName}`,
          })),
        }),
  };
}
