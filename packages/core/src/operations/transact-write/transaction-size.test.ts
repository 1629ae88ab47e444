import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import {
  EntityName,
  InsertArg,
  PartitionKey,
  RequestTooLargeError,
  SortKey,
  Table,
} from '../../index.js';

const Doc = new EntityName('DOC');
const payload = 'x'.repeat(390 * 1024);
const inserts = (count: number): InsertArg[] =>
  Array.from(
    { length: count },
    (_, i) => new InsertArg(new PartitionKey(Doc, String(i)), new SortKey(Doc, 'v'), { payload }),
  );

const client = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  }),
);
const mock = mockClient(client);
const table = new Table('T', { client });

beforeEach(() => mock.reset());

it('refuses a transaction over 4 MB before sending', async () => {
  await expect(table.transactWriteItems(inserts(11))).rejects.toBeInstanceOf(RequestTooLargeError);
  expect(mock.calls()).toHaveLength(0);
});

it('sends a transaction just under 4 MB', async () => {
  mock.resolves({});
  await table.transactWriteItems(inserts(10));
  expect(mock.calls()).toHaveLength(1);
});
