import { DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { EntityName, InvalidKeyError, PartitionKey, SortKey, type Table } from '../index.js';
import { createLocalTable, localClient } from '../../test/local-table.js';

const Thing = new EntityName('THING');
const LONE_SURROGATES = ['\ud800', '\ud801', '\udfff'];
let table: Table;

beforeAll(async () => {
  table = await createLocalTable();
});

it('DynamoDB stores sort keys with different lone surrogates as one item (why core refuses them)', async () => {
  const client = DynamoDBDocumentClient.from(localClient());
  for (const [index, sk] of LONE_SURROGATES.entries()) {
    await client.send(
      new PutCommand({ TableName: table.name, Item: { PK: 'raw', SK: sk, index } }),
    );
  }
  const read = await client.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': 'raw' },
    }),
  );
  expect(read.Items).toHaveLength(1);
});

it('refuses the same sort keys with InvalidKeyError, so nothing is overwritten', () => {
  for (const value of LONE_SURROGATES) {
    expect(() => new SortKey(Thing, value)).toThrow(InvalidKeyError);
    expect(() => new PartitionKey(Thing, value)).toThrow(InvalidKeyError);
  }
});
