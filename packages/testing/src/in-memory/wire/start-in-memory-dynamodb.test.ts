import { CreateTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { EntityName, PartitionKey, SortKey, Table } from '@dokklib/core';
import { startInMemoryDynamoDB } from './start-in-memory-dynamodb.js';

describe('startInMemoryDynamoDB', () => {
  it('serves the store over HTTP on the loopback interface, to its client and to raw requests', async () => {
    const served = await startInMemoryDynamoDB();
    try {
      expect(served.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const table = new Table('over-http', { client: served.client });
      served.db.createTable(table);
      const user = new EntityName('USER');
      await table.put(new PartitionKey(user, 'alice'), new SortKey(user, 'alice'), {
        email: 'a@x',
      });
      expect(served.db.scan({ TableName: 'over-http' }).Count).toBe(1);
      expect((await served.client.send(new ListTablesCommand({}))).TableNames).toEqual([
        'over-http',
      ]);
      // What the AWS CLI or another language sends: plain HTTP with DynamoDB's JSON.
      const response = await fetch(served.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': 'DynamoDB_20120810.GetItem',
        },
        body: JSON.stringify({
          TableName: 'over-http',
          Key: { PK: { S: 'USER#alice' }, SK: { S: 'USER#alice' } },
        }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ Item: { email: { S: 'a@x' } } });
    } finally {
      await served.stop();
    }
  });

  it('answers errors as DynamoDB does, and stops listening when stopped', async () => {
    const served = await startInMemoryDynamoDB();
    const create = () =>
      served.client.send(
        new CreateTableCommand({
          TableName: 'twice',
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        }),
      );
    await create();
    await expect(create()).rejects.toMatchObject({ name: 'ResourceInUseException' });
    const raw = await fetch(served.endpoint, {
      method: 'POST',
      body: 'not json',
      headers: { 'x-amz-target': 'DynamoDB_20120810.Scan' },
    });
    expect(raw.status).toBe(400);
    expect(await raw.json()).toMatchObject({
      __type: expect.stringContaining('SerializationException') as unknown,
    });
    await served.stop();
    await served.stop();
    await expect(fetch(served.endpoint, { method: 'POST' })).rejects.toThrow();
  });
});
