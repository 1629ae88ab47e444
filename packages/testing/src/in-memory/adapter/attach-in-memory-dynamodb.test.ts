import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  NumberValue,
  PutCommand,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { T, dbWithTable } from '../../../test/in-memory-fixture.js';

function documentClient(translateConfig: Parameters<typeof DynamoDBDocumentClient.from>[1]) {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    }),
    translateConfig,
  );
  const db = dbWithTable();
  db.attach(mockClient(client));
  return { client, db };
}

const Key = { PK: 'a', SK: 'b' };

describe('attachInMemoryDynamoDB', () => {
  it("marshalls with the client's marshallOptions, as the real document client would", async () => {
    const strict = documentClient({});
    await expect(
      strict.client.send(new PutCommand({ TableName: T, Item: { ...Key, x: undefined } })),
    ).rejects.toThrow(/removeUndefinedValues/);
    const lenient = documentClient({ marshallOptions: { removeUndefinedValues: true } });
    await lenient.client.send(new PutCommand({ TableName: T, Item: { ...Key, x: undefined } }));
    expect((await lenient.client.send(new GetCommand({ TableName: T, Key }))).Item).toEqual(Key);
  });

  it("unmarshalls with the client's unmarshallOptions", async () => {
    const { client } = documentClient({ unmarshallOptions: { wrapNumbers: true } });
    await client.send(new PutCommand({ TableName: T, Item: { ...Key, n: 12345678901234567890n } }));
    const { Item } = await client.send(new GetCommand({ TableName: T, Key }));
    expect(Item?.n).toEqual(NumberValue.from('12345678901234567890'));
  });

  it('throws the SDK exception classes, with the item still marshalled', async () => {
    const { client } = documentClient({});
    await client.send(new PutCommand({ TableName: T, Item: { ...Key, n: 1 } }));
    const error = await client
      .send(
        new PutCommand({
          TableName: T,
          Item: Key,
          ConditionExpression: 'attribute_not_exists(PK)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
    expect(error).toMatchObject({
      name: 'ConditionalCheckFailedException',
      Item: { PK: { S: 'a' }, SK: { S: 'b' }, n: { N: '1' } },
    });
  });

  it('throws TransactionCanceledException with CancellationReasons', async () => {
    const { client } = documentClient({});
    const error = await client
      .send(
        new TransactWriteCommand({
          TransactItems: [
            { ConditionCheck: { TableName: T, Key, ConditionExpression: 'attribute_exists(PK)' } },
          ],
        }),
      )
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect((error as TransactionCanceledException).CancellationReasons).toEqual([
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
    ]);
  });

  it('answers with response metadata, as the SDK does', async () => {
    const { client } = documentClient({});
    const output = await client.send(new GetCommand({ TableName: T, Key }));
    expect(output.$metadata.httpStatusCode).toBe(200);
  });
});
