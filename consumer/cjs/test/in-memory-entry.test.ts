import {
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { createTable, Table } from '@dokklib/core';
import {
  InMemoryDynamoDB,
  inMemoryRequestHandler,
  startInMemoryDynamoDB,
} from '@dokklib/testing/in-memory';

// The README's "request handler" and "endpoint" blocks, from `@dokklib/testing/in-memory`.
describe('@dokklib/testing/in-memory, for clients other than dokklib', () => {
  it('answers a low-level client through its request handler, with the SDK exception classes', async () => {
    const client = new DynamoDBClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      requestHandler: inMemoryRequestHandler(new InMemoryDynamoDB()),
    });
    await createTable(new Table('app', { client }));
    const Item = { PK: { S: 'USER#alice' }, SK: { S: 'USER#alice' }, n: { N: '01.50' } };
    await client.send(new PutItemCommand({ TableName: 'app', Item }));
    const read = await client.send(
      new GetItemCommand({ TableName: 'app', Key: { PK: Item.PK, SK: Item.SK } }),
    );
    expect(read.Item?.n).toEqual({ N: '1.5' });
    const insertAgain = new TransactWriteItemsCommand({
      TransactItems: [
        { Put: { TableName: 'app', Item, ConditionExpression: 'attribute_not_exists(PK)' } },
      ],
    });
    await expect(client.send(insertAgain)).rejects.toBeInstanceOf(TransactionCanceledException);
  });

  it('serves the same over HTTP on the loopback interface', async () => {
    const { endpoint, client, stop } = await startInMemoryDynamoDB();
    try {
      expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await createTable(new Table('app', { client }));
      const other = new DynamoDBClient({
        endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      });
      await other.send(
        new PutItemCommand({ TableName: 'app', Item: { PK: { S: 'a' }, SK: { S: 'b' } } }),
      );
      const read = await client.send(
        new GetItemCommand({ TableName: 'app', Key: { PK: { S: 'a' }, SK: { S: 'b' } } }),
      );
      expect(read.Item).toEqual({ PK: { S: 'a' }, SK: { S: 'b' } });
      other.destroy();
    } finally {
      await stop();
    }
  });
});
