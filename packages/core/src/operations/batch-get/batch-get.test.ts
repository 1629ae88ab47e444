import {
  BatchGetCommand,
  type BatchGetCommandInput,
  type BatchGetCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import {
  BatchGetError,
  type BatchGetKey,
  type BatchProgress,
  DynamoDBError,
  EntityName,
  type Item,
  PartitionKey,
  SortKey,
  ValidationError,
} from '../../index.js';
import {
  InFlight,
  mockTable,
  recordingClock,
  sdkError,
  seededRandom,
} from '../../../test/mock-table.js';
import { batchGet } from './batch-get.js';

const User = new EntityName('USER');
const Doc = new EntityName('DOC');
const key = (i: number): BatchGetKey => ({
  pk: new PartitionKey(User, `u${i % 7}`),
  sk: new SortKey(Doc, `d${String(i).padStart(4, '0')}`),
});
const keys = (count: number): BatchGetKey[] => Array.from({ length: count }, (_, i) => key(i));
/** What the fake table holds for key `i`: every key but multiples of 10. */
const stored = (i: number): Item | undefined =>
  i % 10 === 0 ? undefined : { PK: String(key(i).pk), SK: String(key(i).sk), n: i, GSI: 'X#y' };
const indexOf = (storedKey: Item): number => Number(String(storedKey.SK).slice('DOC#d'.length));
const expected = (i: number): Item | undefined =>
  i % 10 === 0
    ? undefined
    : { PK: `u${i % 7}`, SK: `d${String(i).padStart(4, '0')}`, n: i, GSI: 'X#y' };

const { table, mock } = mockTable();
beforeEach(() => mock.reset());

type StoredKey = Record<string, unknown>;
const sentKeys = (input: BatchGetCommandInput): StoredKey[] => input.RequestItems?.T?.Keys ?? [];

/** A fake DynamoDB answering from `stored`, leaving `unprocessed(key)` ones out, in scrambled order. */
function fakeDynamoDB(unprocessed: (key: StoredKey) => boolean) {
  const answered = new Map<number, number>();
  const inFlight = new InFlight();
  mock.on(BatchGetCommand).callsFake((input: BatchGetCommandInput) =>
    inFlight.around((): Partial<BatchGetCommandOutput> => {
      const left = sentKeys(input).filter(unprocessed);
      const done = sentKeys(input).filter((k) => !left.includes(k));
      for (const k of done) answered.set(indexOf(k), (answered.get(indexOf(k)) ?? 0) + 1);
      const items = done.map((k) => stored(indexOf(k))).filter((item) => item !== undefined);
      return {
        Responses: { T: items.reverse() },
        ...(left.length === 0 ? {} : { UnprocessedKeys: { T: { Keys: left } } }),
      };
    }),
  );
  return { answered, inFlight };
}

describe('chunking and order', () => {
  it('reads 250 keys in requests of 100, 100 and 50, returning items in key order', async () => {
    fakeDynamoDB(() => false);
    const items = await table.batchGet(keys(250));
    const calls = mock.commandCalls(BatchGetCommand).map((call) => call.args[0].input);
    expect(calls).toEqual(table.requests.batchGet(keys(250)));
    expect(calls.map((input) => sentKeys(input).length)).toEqual([100, 100, 50]);
    expect(items).toEqual(Array.from({ length: 250 }, (_, i) => expected(i)));
    expect(items[0]).toBeUndefined();
  });

  it('sends nothing for no keys', async () => {
    await expect(table.batchGet([])).resolves.toEqual([]);
    expect(mock.calls()).toHaveLength(0);
  });

  it('refuses a key named twice, naming it, before sending', async () => {
    const error = await table.batchGet([...keys(3), key(1)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('#1 and #3');
    expect((error as Error).message).toContain('USER#u1 / DOC#d0001');
    expect(mock.calls()).toHaveLength(0);
  });

  it('refuses keys that are not { pk, sk } before sending', async () => {
    const bad = [null, { pk: 'USER#a', sk: 'DOC#b' }] as unknown as BatchGetKey[];
    for (const k of bad) await expect(table.batchGet([k])).rejects.toBeInstanceOf(ValidationError);
    expect(mock.calls()).toHaveLength(0);
  });
});

describe('read options', () => {
  it('reads consistently when asked', () => {
    const [input] = table.requests.batchGet(keys(1), { consistent: true });
    expect(input?.RequestItems?.T?.ConsistentRead).toBe(true);
  });

  it('projects the key attributes to match items, then drops them', async () => {
    const [input] = table.requests.batchGet(keys(2), { attributes: ['n'] });
    expect(input?.RequestItems?.T).toMatchObject({
      ProjectionExpression: '#n0, #n1, #n2',
      ExpressionAttributeNames: { '#n0': 'n', '#n1': 'PK', '#n2': 'SK' },
    });
    mock.on(BatchGetCommand).resolves({
      Responses: { T: [{ PK: 'USER#u1', SK: 'DOC#d0001', n: 1 }] },
    });
    await expect(table.batchGet(keys(2), { attributes: ['n'] })).resolves.toEqual([
      undefined,
      { n: 1 },
    ]);
  });

  it('keeps a key attribute that was asked for, without its prefix', async () => {
    const [input] = table.requests.batchGet(keys(1), { attributes: [['SK'], 'n'] });
    expect(input?.RequestItems?.T?.ProjectionExpression).toBe('#n0, #n1, #n2');
    expect(input?.RequestItems?.T?.ExpressionAttributeNames).toEqual({
      '#n0': 'SK',
      '#n1': 'n',
      '#n2': 'PK',
    });
    mock.on(BatchGetCommand).resolves({
      Responses: { T: [{ PK: 'USER#u0', SK: 'DOC#d0000', n: 0 }] },
    });
    await expect(table.batchGet(keys(1), { attributes: [['SK'], 'n'] })).resolves.toEqual([
      { SK: 'd0000', n: 0 },
    ]);
  });

  it('refuses an empty projection', () => {
    expect(() => table.requests.batchGet(keys(1), { attributes: [] })).toThrow(ValidationError);
  });
});

describe('retries', () => {
  it('reads every key exactly once when DynamoDB leaves random subsets unprocessed', async () => {
    const random = seededRandom(7);
    const { answered } = fakeDynamoDB(() => random() < 0.5);
    const { delays, clock } = recordingClock();

    const items = await batchGet(table, keys(450), { retry: { maxAttempts: 30 } }, clock);

    expect(items).toEqual(Array.from({ length: 450 }, (_, i) => expected(i)));
    expect(answered.size).toBe(450);
    expect([...answered.values()].every((count) => count === 1)).toBe(true);
    expect(delays.length).toBe(mock.calls().length - 5);
    expect(delays.every((delay) => delay <= 5000)).toBe(true);
  });

  it('gives up after maxAttempts, listing exactly the keys never read and the items read', async () => {
    const stuck = new Set([3, 150, 151]);
    fakeDynamoDB((k) => stuck.has(indexOf(k)));
    const input = keys(200);
    const { delays, clock } = recordingClock();

    const error = (await batchGet(
      table,
      input,
      { retry: { maxAttempts: 3, baseDelayMs: 10 } },
      clock,
    ).catch((e: unknown) => e)) as BatchGetError;

    expect(error).toBeInstanceOf(BatchGetError);
    expect(error.code).toBe('dynamodb.batchGetIncomplete');
    expect(error.unprocessed).toEqual([input[3], input[150], input[151]]);
    expect(error.unprocessed[0]).toBe(input[3]);
    const read = input.flatMap((k, i) => (stuck.has(i) ? [] : [{ key: k, item: expected(i) }]));
    expect(error.processed).toEqual(read);
    expect(error.message).toContain('batchGet read 197 of 200 keys; 3 were not');
    expect(mock.calls()).toHaveLength(6);
    expect(delays.sort((a, b) => a - b)).toEqual([9, 9, 19, 19]);
  });

  it('retries a chunk refused for lack of capacity, then reads it', async () => {
    let calls = 0;
    mock.on(BatchGetCommand).callsFake(async (input: BatchGetCommandInput) => {
      calls += 1;
      if (calls === 1) throw sdkError('ProvisionedThroughputExceededException');
      return {
        Responses: {
          T: sentKeys(input)
            .map((k) => stored(indexOf(k)))
            .filter(Boolean),
        },
      };
    });
    const { delays, clock } = recordingClock();

    const items = await batchGet(table, keys(20), {}, clock);

    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => expected(i)));
    expect(mock.calls()).toHaveLength(2);
    expect(delays).toEqual([49]);
  });

  it('reports one chunk failing with a non-retryable error while the others are read', async () => {
    mock.on(BatchGetCommand).callsFake(async (input: BatchGetCommandInput) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const sent = sentKeys(input);
      if (indexOf(sent[0] as StoredKey) === 100) throw sdkError('ValidationException');
      return { Responses: { T: sent.map((k) => stored(indexOf(k))).filter(Boolean) } };
    });
    const input = keys(250);

    const error = (await table.batchGet(input).catch((e: unknown) => e)) as BatchGetError;

    expect(error.unprocessed).toEqual(input.slice(100, 200));
    expect(error.processed.map((read) => read.key)).toEqual([
      ...input.slice(0, 100),
      ...input.slice(200),
    ]);
    expect(error.processed[1]?.item).toEqual(expected(1));
    expect(error.cause).toBeInstanceOf(DynamoDBError);
  });
});

describe('progress and concurrency', () => {
  it('tells progress after each chunk', async () => {
    fakeDynamoDB(() => false);
    const progress: BatchProgress[] = [];
    await table.batchGet(keys(250), { concurrency: 1, onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([
      { processed: 100, total: 250 },
      { processed: 200, total: 250 },
      { processed: 250, total: 250 },
    ]);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const { inFlight } = fakeDynamoDB(() => false);
    await table.batchGet(keys(1000), { concurrency: 2 });
    expect(mock.calls()).toHaveLength(10);
    expect(inFlight.max).toBe(2);
  });
});
