import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DescribeLimitsCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
  QueryCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, NumberValue, PutCommand } from '@aws-sdk/lib-dynamodb';
import { InMemoryDynamoDB } from '../in-memory-dynamodb.js';
import { inMemoryRequestHandler } from './in-memory-request-handler.js';

const TABLE = 'things';

async function clientWithTable(db = new InMemoryDynamoDB()): Promise<DynamoDBClient> {
  const client = new DynamoDBClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    requestHandler: inMemoryRequestHandler(db),
  });
  await client.send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'N' },
      ],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    }),
  );
  return client;
}

describe('inMemoryRequestHandler', () => {
  it('serves the low-level client: every attribute type round-trips through the SDK', async () => {
    const client = await clientWithTable();
    const item = {
      pk: { S: 'a' },
      sk: { N: '1' },
      bytes: { B: new Uint8Array([0, 1, 255]) },
      byteSet: { BS: [new Uint8Array([1]), new Uint8Array([2, 3])] },
      numbers: { NS: ['1', '2.5'] },
      texts: { SS: ['x', 'y'] },
      map: { M: { nested: { L: [{ NULL: true }, { BOOL: false }, { S: '' }] } } },
      big: { N: '12345678901234567890.123456789' },
    };
    await client.send(new PutItemCommand({ TableName: TABLE, Item: item }));
    const { Item } = await client.send(
      new GetItemCommand({ TableName: TABLE, Key: { pk: { S: 'a' }, sk: { N: '1' } } }),
    );
    expect(Item).toEqual(item);
    expect(Item?.bytes.B).toBeInstanceOf(Uint8Array);
  });

  it('answers table operations with the SDK types: ListTables, DescribeTable dates', async () => {
    const db = new InMemoryDynamoDB({ clock: () => new Date('2024-05-01T00:00:00.500Z') });
    const client = await clientWithTable(db);
    expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual([TABLE]);
    const { Table } = await client.send(new DescribeTableCommand({ TableName: TABLE }));
    expect(Table?.CreationDateTime).toEqual(new Date('2024-05-01T00:00:00.500Z'));
    expect(Table?.TableStatus).toBe('ACTIVE');
  });

  it("gives DynamoDB's errors as the SDK's own exceptions, with what they carry", async () => {
    const client = await clientWithTable();
    const Item = { pk: { S: 'a' }, sk: { N: '1' }, v: { N: '1' } };
    await client.send(new PutItemCommand({ TableName: TABLE, Item }));
    const refused = client.send(
      new PutItemCommand({
        TableName: TABLE,
        Item,
        ConditionExpression: 'attribute_not_exists(pk)',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    await expect(refused).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    await expect(refused).rejects.toMatchObject({ Item, $metadata: { httpStatusCode: 400 } });
    const cancelled = client.send(
      new TransactWriteItemsCommand({
        TransactItems: [
          { Put: { TableName: TABLE, Item: { pk: { S: 'b' }, sk: { N: '1' } } } },
          {
            ConditionCheck: {
              TableName: TABLE,
              Key: { pk: { S: 'a' }, sk: { N: '1' } },
              ConditionExpression: 'v = :two',
              ExpressionAttributeValues: { ':two': { N: '2' } },
            },
          },
        ],
      }),
    );
    await expect(cancelled).rejects.toBeInstanceOf(TransactionCanceledException);
    await expect(cancelled).rejects.toMatchObject({
      CancellationReasons: [{ Code: 'None' }, { Code: 'ConditionalCheckFailed' }],
    });
    const invalid = client.send(
      new QueryCommand({ TableName: TABLE, KeyConditionExpression: 'pk = :p' }),
    );
    await expect(invalid).rejects.toMatchObject({
      name: 'ValidationException',
      message: expect.stringContaining(':p') as unknown,
    });
  });

  it('refuses an operation the store does not answer with UnknownOperationException', async () => {
    const client = await clientWithTable();
    await expect(client.send(new DescribeLimitsCommand({}))).rejects.toMatchObject({
      name: 'UnknownOperationException',
      message: expect.stringContaining('DescribeLimits') as unknown,
    });
  });

  it('serves a document client with its own marshalling options', async () => {
    const doc = DynamoDBDocumentClient.from(await clientWithTable(), {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
      unmarshallOptions: { wrapNumbers: true },
    });
    await doc.send(
      new PutCommand({ TableName: TABLE, Item: { pk: 'a', sk: 1, gone: undefined, n: 2n ** 60n } }),
    );
    const { Item } = await doc.send(new GetCommand({ TableName: TABLE, Key: { pk: 'a', sk: 1 } }));
    expect(Item).toEqual({
      pk: 'a',
      sk: NumberValue.from('1'),
      n: NumberValue.from(String(2n ** 60n)),
    });
  });
});
