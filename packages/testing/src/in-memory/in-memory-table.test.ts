import {
  attr,
  BatchPut,
  ConditionalCheckFailedError,
  DynamoDBError,
  EntityName,
  InsertArg,
  PartitionKey,
  SortKey,
  TransactionCanceledError,
  UpdateArg,
} from '@dokklib/core';
import { mockTable } from '../mock/mock-table.js';
import { InMemoryDynamoDB } from './in-memory-dynamodb.js';
import { inMemoryTable } from './in-memory-table.js';

const User = new EntityName('USER');
const Group = new EntityName('GROUP');
const alice = new PartitionKey(User, 'alice');
const g1 = new SortKey(Group, 'g1');

describe('inMemoryTable', () => {
  it('serves a core Table: writes, reads and queries both indexes', async () => {
    const { table } = inMemoryTable();
    await table.insert(alice, g1, { role: 'admin', n: 1 });
    await table.insert(new PartitionKey(User, 'bob'), g1, { role: 'member' });

    expect(await table.get(alice, g1)).toEqual({
      PK: 'alice',
      SK: 'g1',
      role: 'admin',
      n: 1,
      CreatedAt: expect.any(String),
    });
    expect(await table.query(alice)).toHaveLength(1);
    const members = await table.query(new PartitionKey(Group, 'g1'), {
      globalIndex: table.config.inverseIndex,
    });
    expect(members.map((item) => item.PK)).toEqual(['alice', 'bob']);
  });

  it('turns a failed condition into ConditionalCheckFailedError', async () => {
    const { table } = inMemoryTable();
    await table.insert(alice, g1);
    await expect(table.insert(alice, g1)).rejects.toBeInstanceOf(ConditionalCheckFailedError);
  });

  it('cancels a transaction with one reason per action', async () => {
    const { table } = inMemoryTable();
    await table.insert(alice, g1, { n: 1 });
    const error = await table
      .transactWriteItems([
        new UpdateArg(alice, g1, { set: { n: 2 } }),
        new InsertArg(alice, new SortKey(Group, 'g2')),
        new UpdateArg(
          new PartitionKey(User, 'bob'),
          g1,
          { set: { n: 1 } },
          { condition: attr('n').exists() },
        ),
      ])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransactionCanceledError);
    expect((error as TransactionCanceledError).reasons.map((reason) => reason.code)).toEqual([
      'None',
      'None',
      'ConditionalCheckFailed',
    ]);
    expect(await table.get(alice, g1)).toMatchObject({ n: 1 });
  });

  it('reports an unknown table as ResourceNotFoundException', async () => {
    const { table, db } = inMemoryTable();
    db.deleteTable({ TableName: table.name });
    const error = await table.get(alice, g1).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DynamoDBError);
    expect((error as DynamoDBError).sdkErrorName).toBe('ResourceNotFoundException');
  });
});

describe('inMemoryTable with faults', () => {
  it('lets batchWrite retry writes left unprocessed once', async () => {
    const { table, db } = inMemoryTable();
    const attempts = new Map<string, number>();
    db.faults.unprocessed((entry) => {
      const seen = attempts.get(String(entry.key.SK)) ?? 0;
      attempts.set(String(entry.key.SK), seen + 1);
      return seen === 0;
    });
    const result = await table.batchWrite(
      [new BatchPut(alice, g1), new BatchPut(alice, new SortKey(Group, 'g2'))],
      {
        retry: { baseDelayMs: 1, maxDelayMs: 1 },
      },
    );
    expect(result.retries).toBe(1);
    expect(await table.query(alice)).toHaveLength(2);
  });

  it('returns the existing item, prefixes stripped, on ConditionalCheckFailedError', async () => {
    const { table } = inMemoryTable();
    await table.insert(alice, g1, { n: 1 });
    const error = await table
      .update(alice, g1, { set: { n: 2 } }, { condition: attr('n').eq(5) })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConditionalCheckFailedError);
    expect((error as ConditionalCheckFailedError).item).toMatchObject({
      PK: 'alice',
      SK: 'g1',
      n: 1,
    });
  });
});

describe('InMemoryDynamoDB as a mockTable backend', () => {
  it('answers the commands of mockTable({ backend })', async () => {
    const db = new InMemoryDynamoDB();
    const { table } = mockTable({ backend: db });
    db.createTable(table);
    await table.put(alice, g1, { n: 1 });
    expect(await table.get(alice, g1)).toMatchObject({ PK: 'alice', n: 1 });
  });
});
