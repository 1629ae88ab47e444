import type { ProvisionedThroughput, TableDescription } from '@aws-sdk/client-dynamodb';
import { indexView } from '../store/index-view.js';
import type { MemoryTable } from '../store/memory-table.js';
import { itemSize } from '../store/item-size.js';

/**
 * A table as `DescribeTable` (and `CreateTable`, `UpdateTable`, `DeleteTable`) describe it,
 * with DynamoDB Local's fields: throughput 0 when billed per request, sizes and counts of
 * the items now (DynamoDB refreshes them about every six hours), and on the GSI `created`
 * by an UpdateTable `Backfilling: false` instead.
 */
export function tableDescription(
  table: MemoryTable,
  status: 'ACTIVE' | 'DELETING' = 'ACTIVE',
  created?: string,
): TableDescription {
  const { input, tableName } = table.schema;
  const items = table.all();
  const arn = `arn:aws:dynamodb:ddblocal:000000000000:table/${tableName}`;
  // DynamoDB Local's form of ARN, region `ddblocal`.
  const indexArn = (name: string | undefined) => `${arn}/index/${name}`;
  return {
    TableName: tableName,
    TableStatus: status,
    KeySchema: input.KeySchema,
    AttributeDefinitions: input.AttributeDefinitions,
    CreationDateTime: table.createdAt,
    ItemCount: items.length,
    TableSizeBytes: items.reduce((sum, item) => sum + itemSize(item), 0),
    TableArn: arn,
    BillingModeSummary: billingModeSummary(table),
    ProvisionedThroughput: {
      LastIncreaseDateTime: NEVER,
      LastDecreaseDateTime: NEVER,
      NumberOfDecreasesToday: 0,
      ...throughput(input.ProvisionedThroughput),
    },
    DeletionProtectionEnabled: false,
    ...(input.GlobalSecondaryIndexes === undefined
      ? {}
      : {
          GlobalSecondaryIndexes: input.GlobalSecondaryIndexes.map((index) => ({
            IndexName: index.IndexName,
            KeySchema: index.KeySchema,
            Projection: index.Projection,
            IndexStatus: 'ACTIVE',
            ...(index.IndexName === created
              ? { Backfilling: false }
              : indexSizes(table, index.IndexName)),
            ProvisionedThroughput: throughput(index.ProvisionedThroughput),
            IndexArn: indexArn(index.IndexName),
          })),
        }),
    ...(input.LocalSecondaryIndexes === undefined
      ? {}
      : {
          LocalSecondaryIndexes: input.LocalSecondaryIndexes.map((index) => ({
            IndexName: index.IndexName,
            KeySchema: index.KeySchema,
            Projection: index.Projection,
            IndexArn: indexArn(index.IndexName),
          })),
        }),
  };
}

/** Read and write capacity as given, 0 when billed per request. */
function throughput(given: ProvisionedThroughput | undefined): ProvisionedThroughput {
  return {
    ReadCapacityUnits: given?.ReadCapacityUnits ?? 0,
    WriteCapacityUnits: given?.WriteCapacityUnits ?? 0,
  };
}

/** The time DynamoDB Local gives for a throughput change that never happened. */
const NEVER = new Date(0);

function billingModeSummary(table: MemoryTable): TableDescription['BillingModeSummary'] {
  const mode = table.schema.input.BillingMode ?? 'PROVISIONED';
  return mode === 'PAY_PER_REQUEST'
    ? { BillingMode: mode, LastUpdateToPayPerRequestDateTime: table.createdAt }
    : { BillingMode: mode };
}

/** An index's item count and size in bytes, of the items as it holds them. */
function indexSizes(
  table: MemoryTable,
  indexName: string | undefined,
): { IndexSizeBytes: number; ItemCount: number } {
  const { items } = indexView(table, indexName);
  return {
    IndexSizeBytes: items.reduce((sum, item) => sum + itemSize(item), 0),
    ItemCount: items.length,
  };
}
