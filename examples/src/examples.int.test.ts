import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTable, Table } from '@dokklib/core';
import { examples } from './examples.js';

function localClient(): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: process.env.DOKKLIB_DYNAMODB_ENDPOINT,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

async function runExample(title: string): Promise<string[]> {
  const example = examples.find((candidate) => candidate.title.startsWith(title));
  if (example === undefined) throw new Error(`no example titled ${title}`);
  const client = localClient();
  const tableName = `example-${randomUUID()}`;
  await createTable(new Table(tableName, { client }));
  const lines: string[] = [];
  await example.run({ client, tableName, log: (line) => lines.push(line) });
  return lines;
}

it('the seed example moves alice and bob from group1 to group2', async () => {
  expect(await runExample('Seed')).toEqual([
    'group1 before the move: [{"PK":"alice"},{"PK":"bob"}]',
    'group1 after the move:  []',
    'group2 after the move:  [{"PK":"alice"},{"PK":"bob"}]',
  ]);
});

it('the updates example shows each typed error', async () => {
  const lines = await runExample('Updates');
  expect(lines[0]).toBe('published: status=published views=1 tags=aws,nosql');
  expect(lines[1]).toBe(
    'insert refused (dynamodb.conditionalCheckFailed); the stored item has status=published',
  );
  expect(lines[2]).toMatch(
    /^stale update refused: The condition of update of ARTICLE#dynamodb-in-practice/,
  );
  expect(lines[3]).toMatch(/^bad key refused before sending: .*key separator/);
  expect(lines[4]).toMatch(
    /^transaction refused before sending: Transaction actions #0 and #1 both touch/,
  );
  expect(lines[5]).toBe(
    'transaction cancelled: conditionCheck of ARTICLE#missing / ARTICLE#dynamodb-in-practice -> ConditionalCheckFailed',
  );
  expect(lines[6]).toBe('deleted twice without error: delete is idempotent by default');
});
