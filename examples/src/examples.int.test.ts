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

it('the large partition example lists 250 orders 100 at a time', async () => {
  expect(await runExample('Large partition')).toEqual([
    'page 1: 100 orders, cursor returned',
    'page 2: 100 orders, cursor returned',
    'page 3: 50 orders, no cursor: done',
    'cursor used on another partition: validation.invalidCursor',
    'streamed 250 orders, 12225 in total',
    'orders 0100 to 0109: 0100 0101 0102 0103 0104 0105 0106 0107 0108 0109',
    'latest 3: 0250 0249 0248',
  ]);
});

it('the batch import example writes 3,000 items in 120 requests and reads a sample back', async () => {
  expect(await runExample('Batch import')).toEqual([
    'planned: 120 BatchWriteItem requests of 25',
    'imported 500 of 3000',
    'imported 1000 of 3000',
    'imported 1500 of 3000',
    'imported 2000 of 3000',
    'imported 2500 of 3000',
    'imported 3000 of 3000',
    'sent 120 requests, 0 of them retries',
    'p0001: Product 1, 100 cents',
    'p1500: Product 1500, 1599 cents',
    'p3000: Product 3000, 3099 cents',
    'p9999: not found',
  ]);
});

it('the decorated entities example moves alice and bob in one UnitOfWork commit', async () => {
  expect(await runExample('Decorated entities')).toEqual([
    'group1 before the move: alice, bob',
    'one transaction: Delete, Put, Delete, Put, Update, Update',
    'group1 after the move: (none)',
    'group2 after the move: alice, bob',
    'group1: 0 members, version 2',
    'group2: 2 members, version 2',
  ]);
});

it('the optimistic locking example refuses the stale writer, which reloads and retries', async () => {
  expect(await runExample('Optimistic locking')).toEqual([
    'A and B both read balance 100 at version 1',
    'A deposited 50: balance 150, version 2',
    'B refused (entity.versionConflict): expected version 1, found 2',
    'B reloaded: balance 150 at version 2',
    'B withdrew 30: balance 120, version 3',
    '4 concurrent writers x 5 deposits of 1: balance 140, version 23',
  ]);
});

it('the membership service example joins, moves and refuses a second join', async () => {
  expect(await runExample('A membership service')).toEqual([
    'red: alice (admin), bob (member)',
    'after moving alice: red: bob (member); blue: alice (admin)',
    'refused (membership.alreadyMember): bob is already a member of red.',
  ]);
});

it('the Lambda handler example creates an order once and marks it paid', async () => {
  expect(await runExample('A Lambda handler')).toEqual([
    'order o-1 created',
    'order o-1 exists',
    'order o-1: paid, total 42',
  ]);
});

it('the streams example counts three joins and one leave: red has 2 members', async () => {
  expect(await runExample('A DynamoDB Streams handler')).toEqual([
    'after 3 joins: deltas {"red":3}',
    'after bob left: deltas {"red":-1}',
    'red has 2 members',
  ]);
});

it('the validation example refuses a bad invoice and filters and conditions in entity terms', async () => {
  expect(await runExample('Validation with class-validator')).toEqual([
    'refused before sending: Validation failed, nothing was sent: Invoice acme/0001: billingEmail (isEmail: billingEmail must be an email), amountCents (min: amountCents must not be less than 0).',
    'open invoices of 100.00 or more: 0001, 0003',
    'invoice 0001 was issued before March: not marked paid',
    'invoice 0003 marked paid',
  ]);
});
