import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  GlobalSecondaryIndex,
  PrimaryIndex,
  Table,
  ValidationError,
  createTableInput,
} from '../index.js';

const client = new DynamoDBClient({ region: 'us-east-1' });

it('describes the single-table layout: PK/SK, the inverse index and custom GSIs, on demand', () => {
  const table = new Table('App', {
    client,
    globalIndexes: [new GlobalSecondaryIndex('GSI_2', 'GSI2PK', 'GSI2SK')],
  });
  expect(createTableInput(table.config)).toEqual({
    TableName: 'App',
    KeySchema: [
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ],
    AttributeDefinitions: [
      { AttributeName: 'PK', AttributeType: 'S' },
      { AttributeName: 'SK', AttributeType: 'S' },
      { AttributeName: 'GSI2PK', AttributeType: 'S' },
      { AttributeName: 'GSI2SK', AttributeType: 'S' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: 'GSI_1',
        KeySchema: [
          { AttributeName: 'SK', KeyType: 'HASH' },
          { AttributeName: 'PK', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
      {
        IndexName: 'GSI_2',
        KeySchema: [
          { AttributeName: 'GSI2PK', KeyType: 'HASH' },
          { AttributeName: 'GSI2SK', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
    BillingMode: 'PAY_PER_REQUEST',
  });
});

it('follows custom key attribute names, and the inverse index swaps them', () => {
  const table = new Table('App', { client, primaryIndex: new PrimaryIndex('pk', 'sk') });
  const input = createTableInput(table.config);
  expect(input.KeySchema?.map((k) => k.AttributeName)).toEqual(['pk', 'sk']);
  expect(input.GlobalSecondaryIndexes?.[0]?.KeySchema?.map((k) => k.AttributeName)).toEqual([
    'sk',
    'pk',
  ]);
});

it('sets provisioned throughput on the table and every GSI, and requires it', () => {
  const table = new Table('App', { client });
  const input = createTableInput(table.config, {
    billingMode: 'PROVISIONED',
    provisionedThroughput: { readCapacityUnits: 5, writeCapacityUnits: 2 },
  });
  const throughput = { ReadCapacityUnits: 5, WriteCapacityUnits: 2 };
  expect(input.ProvisionedThroughput).toEqual(throughput);
  expect(input.GlobalSecondaryIndexes?.[0]?.ProvisionedThroughput).toEqual(throughput);
  expect(() => createTableInput(table.config, { billingMode: 'PROVISIONED' })).toThrow(
    ValidationError,
  );
});
