import { DescribeTableCommand, DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { createTable, DynamoDBError, GlobalSecondaryIndex, Table } from '../index.js';
import { localClient } from '../../test/local-table.js';

it('creates an active table with its indexes and TTL', async () => {
  const client = localClient();
  const table = new Table(`schema-${randomUUID()}`, {
    client,
    globalIndexes: [new GlobalSecondaryIndex('GSI_2', 'GSI2PK', 'GSI2SK')],
  });
  await createTable(table, { timeToLiveAttribute: 'ExpiresAt' });
  const { Table: description } = await client.send(
    new DescribeTableCommand({ TableName: table.name }),
  );
  expect(description?.TableStatus).toBe('ACTIVE');
  expect(description?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual([
    'GSI_1',
    'GSI_2',
  ]);
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: table.name }));
  expect(ttl.TimeToLiveDescription?.AttributeName).toBe('ExpiresAt');
});

it('reports a table that exists already as a DynamoDBError naming the SDK error', async () => {
  const table = new Table(`schema-${randomUUID()}`, { client: localClient() });
  await createTable(table);
  const error = await createTable(table).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DynamoDBError);
  expect((error as DynamoDBError).sdkErrorName).toBe('ResourceInUseException');
});
