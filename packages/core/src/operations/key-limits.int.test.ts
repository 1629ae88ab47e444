import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { EntityName, InvalidKeyError, PartitionKey, SortKey, type Table } from '../index.js';
import { createLocalTable, localClient } from '../../test/local-table.js';

const User = new EntityName('USER');
let table: Table;

beforeAll(async () => {
  table = await createLocalTable();
});

it('DynamoDB refuses a 1500-byte PK on the table createTable makes; core refuses it before sending', async () => {
  const pk = new PartitionKey(User, 'a'.repeat(1500));
  const sk = new SortKey(User, 'a');
  const raw = DynamoDBDocumentClient.from(localClient());
  await expect(
    raw.send(new PutCommand({ TableName: table.name, Item: { PK: String(pk), SK: String(sk) } })),
  ).rejects.toThrow(/Size limit exceeded/);
  await expect(table.put(pk, sk, {})).rejects.toBeInstanceOf(InvalidKeyError);
  const fits = new PartitionKey(User, 'a'.repeat(1024 - User.prefix.length));
  await table.put(fits, sk, {});
  expect(await table.get(fits, sk)).toBeDefined();
});
