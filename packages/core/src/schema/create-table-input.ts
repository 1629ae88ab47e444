import type {
  CreateTableCommandInput,
  GlobalSecondaryIndex as SdkGsi,
} from '@aws-sdk/client-dynamodb';
import { ValidationError } from '../errors/validation-error.js';
import type { GlobalSecondaryIndex } from '../indexes/global-secondary-index.js';
import type { TableConfig } from '../table/table-config.js';
import type { TableSchemaOptions } from './table-schema-options.js';

/**
 * The `CreateTable` input of a table laid out as the config says: string keys `PK`/`SK`,
 * the inverse index `GSI_1` (projecting all attributes) and each custom GSI.
 * The same shape as CloudFormation's `AWS::DynamoDB::Table` `KeySchema`,
 * `AttributeDefinitions` and `GlobalSecondaryIndexes`.
 */
export function createTableInput(
  config: Pick<TableConfig, 'tableName' | 'primaryIndex' | 'globalIndexes'>,
  options: TableSchemaOptions = {},
): CreateTableCommandInput {
  const { partitionKey, sortKey } = config.primaryIndex;
  const attributeNames = new Set([partitionKey, sortKey]);
  for (const index of config.globalIndexes) {
    attributeNames.add(index.partitionKey);
    attributeNames.add(index.sortKey);
  }
  const throughput = provisionedThroughput(options);
  return {
    TableName: config.tableName,
    KeySchema: [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [...attributeNames].map((name) => ({
      AttributeName: name,
      AttributeType: 'S',
    })),
    GlobalSecondaryIndexes: config.globalIndexes.map((index) => gsiDefinition(index, throughput)),
    BillingMode: options.billingMode ?? 'PAY_PER_REQUEST',
    ...(throughput === undefined ? {} : { ProvisionedThroughput: throughput }),
  };
}

type Throughput = { ReadCapacityUnits: number; WriteCapacityUnits: number };

function provisionedThroughput(options: TableSchemaOptions): Throughput | undefined {
  if (options.billingMode !== 'PROVISIONED') return undefined;
  if (options.provisionedThroughput === undefined) {
    throw new ValidationError('A PROVISIONED table needs provisionedThroughput.');
  }
  return {
    ReadCapacityUnits: options.provisionedThroughput.readCapacityUnits,
    WriteCapacityUnits: options.provisionedThroughput.writeCapacityUnits,
  };
}

function gsiDefinition(index: GlobalSecondaryIndex, throughput: Throughput | undefined): SdkGsi {
  return {
    IndexName: index.indexName,
    KeySchema: [
      { AttributeName: index.partitionKey, KeyType: 'HASH' },
      { AttributeName: index.sortKey, KeyType: 'RANGE' },
    ],
    Projection: { ProjectionType: 'ALL' },
    ...(throughput === undefined ? {} : { ProvisionedThroughput: throughput }),
  };
}
