import {
  BatchWriteCommand,
  type BatchWriteCommandInput,
  type BatchWriteCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import {
  BatchDelete,
  BatchPut,
  BatchWriteError,
  type BatchProgress,
  type BatchWriteRequest,
  CapacityError,
  DynamoDBError,
  EntityName,
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
import { batchWrite } from './batch-write.js';

const User = new EntityName('USER');
const Doc = new EntityName('DOC');
const pk = new PartitionKey(User, 'alice');
const sk = (i: number): SortKey => new SortKey(Doc, `d${String(i).padStart(5, '0')}`);
const puts = (count: number, from = 0): BatchPut[] =>
  Array.from({ length: count }, (_, i) => new BatchPut(pk, sk(from + i), { n: from + i }));

const { table, mock } = mockTable({ clock: () => new Date('2024-01-02T03:04:05.000Z') });
beforeEach(() => mock.reset());

type Write = NonNullable<BatchWriteCommandInput['RequestItems']>[string][number];
const sentWrites = (callIndex: number): Write[] =>
  (mock.commandCalls(BatchWriteCommand)[callIndex]?.args[0].input.RequestItems?.T ?? []) as Write[];
const keyOf = (write: Write): string =>
  String((write.PutRequest?.Item ?? write.DeleteRequest?.Key)?.SK);
const skOf = (request: BatchWriteRequest): string => String(request.sk);

/** A fake DynamoDB that accepts writes, leaving `unprocessed(write)` ones out, and counts them. */
function fakeDynamoDB(unprocessed: (write: Write) => boolean) {
  const accepted = new Map<string, number>();
  const inFlight = new InFlight();
  mock.on(BatchWriteCommand).callsFake((input: BatchWriteCommandInput) =>
    inFlight.around((): Partial<BatchWriteCommandOutput> => {
      const left: Write[] = [];
      for (const write of input.RequestItems?.T ?? []) {
        if (unprocessed(write)) left.push(write);
        else accepted.set(keyOf(write), (accepted.get(keyOf(write)) ?? 0) + 1);
      }
      return left.length === 0 ? {} : { UnprocessedItems: { T: left } };
    }),
  );
  return { accepted, inFlight };
}

describe('chunking', () => {
  it('sends 60 writes as 25, 25 and 10, in order, exactly as table.requests.batchWrite builds them', async () => {
    mock.on(BatchWriteCommand).resolves({});
    const requests = puts(60);
    const result = await table.batchWrite(requests);
    expect(result).toEqual({ requests: 3, retries: 0 });
    const calls = mock.commandCalls(BatchWriteCommand).map((call) => call.args[0].input);
    expect(calls).toEqual(table.requests.batchWrite(requests));
    expect(calls.map((input) => input.RequestItems?.T?.length)).toEqual([25, 25, 10]);
    expect(calls.flatMap((input) => input.RequestItems?.T ?? []).map(keyOf)).toEqual(
      requests.map(skOf),
    );
  });

  it('builds puts like put (CreatedAt stamped) and deletes by key', () => {
    const [input] = table.requests.batchWrite([
      new BatchPut(pk, sk(1), { n: 1 }),
      new BatchDelete(pk, sk(2)),
    ]);
    expect(input).toEqual({
      RequestItems: {
        T: [
          {
            PutRequest: {
              Item: {
                PK: 'USER#alice',
                SK: 'DOC#d00001',
                n: 1,
                CreatedAt: '2024-01-02T03:04:05.000Z',
              },
            },
          },
          { DeleteRequest: { Key: { PK: 'USER#alice', SK: 'DOC#d00002' } } },
        ],
      },
    });
  });

  it('stamps every put of one call with the same creation time, reading the clock once', () => {
    let readings = 0;
    const ticking = mockTable({ clock: () => new Date(Date.UTC(2024, 0, 1, 0, 0, readings++)) });
    const stamps = (requests: BatchWriteRequest[]): unknown[] =>
      ticking.table.requests
        .batchWrite(requests)
        .flatMap((input) => input.RequestItems?.T ?? [])
        .map((write) => write.PutRequest?.Item?.CreatedAt);
    expect(new Set(stamps(puts(60)))).toEqual(new Set(['2024-01-01T00:00:00.000Z']));
    expect(new Set(stamps(puts(3)))).toEqual(new Set(['2024-01-01T00:00:01.000Z']));
    expect(stamps([new BatchDelete(pk, sk(1))])).toEqual([undefined]);
    expect(readings).toBe(2);
  });

  it('sends nothing for no writes', async () => {
    await expect(table.batchWrite([])).resolves.toEqual({ requests: 0, retries: 0 });
    expect(mock.calls()).toHaveLength(0);
  });

  it('refuses two writes on one item, put or delete alike, naming the key, before sending', async () => {
    const requests = [...puts(30), new BatchDelete(pk, sk(27))];
    const error = await table.batchWrite(requests).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('#27 and #30');
    expect((error as Error).message).toContain('USER#alice / DOC#d00027');
    expect(mock.calls()).toHaveLength(0);
  });

  it('refuses what is not a BatchPut or BatchDelete, and bad options, before sending', async () => {
    const notARequest = { pk, sk: sk(1) } as unknown as BatchWriteRequest;
    await expect(table.batchWrite([notARequest])).rejects.toBeInstanceOf(ValidationError);
    await expect(table.batchWrite(puts(1), { concurrency: 0 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(table.batchWrite(puts(1), { retry: { maxAttempts: 0 } })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      table.batchWrite([new BatchPut(pk, sk(1), { PK: 'other' })]),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(mock.calls()).toHaveLength(0);
  });
});

describe('retries', () => {
  it('writes every item exactly once when DynamoDB leaves random subsets unprocessed', async () => {
    const random = seededRandom(42);
    const { accepted } = fakeDynamoDB(() => random() < 0.4);
    const requests = [
      ...puts(180),
      ...Array.from({ length: 20 }, (_, i) => new BatchDelete(pk, sk(500 + i))),
    ];
    const { clock } = recordingClock();

    const result = await batchWrite(table, requests, { retry: { maxAttempts: 30 } }, clock);

    expect([...accepted.keys()].sort()).toEqual(requests.map(skOf).sort());
    expect([...accepted.values()].every((count) => count === 1)).toBe(true);
    const calls = mock.commandCalls(BatchWriteCommand).length;
    expect(result).toEqual({ requests: calls, retries: calls - 8 });
    expect(result.retries).toBeGreaterThan(8);
  });

  it('re-sends only the unprocessed writes, with bounded growing delays', async () => {
    let call = 0;
    mock.on(BatchWriteCommand).callsFake((input: BatchWriteCommandInput) => {
      call += 1;
      const left = (input.RequestItems?.T ?? []).filter(
        (write) => call < 6 && keyOf(write) === 'DOC#d00003',
      );
      return Promise.resolve(left.length === 0 ? {} : { UnprocessedItems: { T: left } });
    });
    const { delays, clock } = recordingClock();

    const result = await batchWrite(
      table,
      puts(10),
      { retry: { baseDelayMs: 100, maxDelayMs: 1000 } },
      clock,
    );

    expect(result).toEqual({ requests: 6, retries: 5 });
    expect(sentWrites(1).map(keyOf)).toEqual(['DOC#d00003']);
    expect(delays).toEqual([99, 199, 399, 799, 999]);
  });

  it('gives up after maxAttempts, listing exactly the writes never processed', async () => {
    const stuck = new Set(['DOC#d00004', 'DOC#d00031', 'DOC#d00032', 'DOC#d00059']);
    fakeDynamoDB((write) => stuck.has(keyOf(write)));
    const requests = puts(60);
    const { delays, clock } = recordingClock();

    const error = await batchWrite(
      table,
      requests,
      { retry: { maxAttempts: 4, maxDelayMs: 120 } },
      clock,
    ).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BatchWriteError);
    const { unprocessed, processed, code, message, cause } = error as BatchWriteError;
    expect(code).toBe('dynamodb.batchWriteIncomplete');
    expect(unprocessed).toEqual(requests.filter((r) => stuck.has(skOf(r))));
    expect(unprocessed[0]).toBe(requests[4]);
    expect(processed).toEqual(requests.filter((r) => !stuck.has(skOf(r))));
    expect(cause).toBeUndefined();
    expect(message).toContain('put of USER#alice / DOC#d00004');
    // Three chunks, four attempts each; each delay at most maxDelayMs, growing per retry.
    expect(mock.commandCalls(BatchWriteCommand)).toHaveLength(12);
    expect(delays.sort((a, b) => a - b)).toEqual([49, 49, 49, 99, 99, 99, 119, 119, 119]);
  });

  it('retries a chunk refused with ProvisionedThroughputExceededException, then succeeds', async () => {
    let failures = 0;
    const inner = new Map<string, number>();
    mock.on(BatchWriteCommand).callsFake(async (input: BatchWriteCommandInput) => {
      const writes = input.RequestItems?.T ?? [];
      if (writes.some((w) => keyOf(w) === 'DOC#d00030') && failures < 2) {
        failures += 1;
        throw sdkError('ProvisionedThroughputExceededException');
      }
      for (const write of writes) inner.set(keyOf(write), (inner.get(keyOf(write)) ?? 0) + 1);
      return {};
    });
    const { delays, clock } = recordingClock();

    const result = await batchWrite(table, puts(60), {}, clock);

    expect(result).toEqual({ requests: 5, retries: 2 });
    expect(inner.size).toBe(60);
    expect([...inner.values()].every((count) => count === 1)).toBe(true);
    expect(delays).toHaveLength(2);
  });

  it('reports a chunk still throttled when retries run out with the CapacityError as cause', async () => {
    mock.on(BatchWriteCommand).rejects(sdkError('ThrottlingException'));
    const requests = puts(3);
    const { clock } = recordingClock();

    const error = (await batchWrite(table, requests, { retry: { maxAttempts: 3 } }, clock).catch(
      (e: unknown) => e,
    )) as BatchWriteError;

    expect(error).toBeInstanceOf(BatchWriteError);
    expect(error.unprocessed).toEqual(requests);
    expect(error.processed).toEqual([]);
    expect(error.cause).toBeInstanceOf(CapacityError);
    expect(mock.calls()).toHaveLength(3);
  });

  it('reports exactly one chunk failing with a non-retryable error while the others succeed', async () => {
    const accepted = new Map<string, number>();
    mock.on(BatchWriteCommand).callsFake(async (input: BatchWriteCommandInput) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      const writes = input.RequestItems?.T ?? [];
      if (writes.some((w) => keyOf(w) === 'DOC#d00030')) throw sdkError('ValidationException');
      for (const write of writes) accepted.set(keyOf(write), 1);
      return {};
    });
    const requests = puts(100);

    const error = (await table.batchWrite(requests).catch((e: unknown) => e)) as BatchWriteError;

    expect(error).toBeInstanceOf(BatchWriteError);
    expect(error.unprocessed).toEqual(requests.slice(25, 50));
    expect(error.processed).toEqual([...requests.slice(0, 25), ...requests.slice(50)]);
    expect(error.cause).toBeInstanceOf(DynamoDBError);
    expect((error.cause as DynamoDBError).sdkErrorName).toBe('ValidationException');
    expect(error.message).toContain('batchWrite applied 75 of 100 writes; 25 were not');
    expect([...accepted.keys()].sort()).toEqual(error.processed.map(skOf).sort());
    expect(mock.calls()).toHaveLength(4);
  });

  it('starts no new chunk once one failed, and lists the unstarted ones as unprocessed', async () => {
    mock
      .on(BatchWriteCommand)
      .resolvesOnce({})
      .rejectsOnce(sdkError('ResourceNotFoundException'))
      .resolves({});
    const requests = puts(100);

    const error = (await table
      .batchWrite(requests, { concurrency: 1 })
      .catch((e: unknown) => e)) as BatchWriteError;

    expect(mock.calls()).toHaveLength(2);
    expect(error.processed).toEqual(requests.slice(0, 25));
    expect(error.unprocessed).toEqual(requests.slice(25));
  });

  it('stops retrying a chunk in flight once another chunk failed', async () => {
    mock.on(BatchWriteCommand).callsFake(async (input: BatchWriteCommandInput) => {
      const writes = input.RequestItems?.T ?? [];
      if (keyOf(writes[0] as Write) === 'DOC#d00025') throw sdkError('ValidationException');
      return { UnprocessedItems: { T: writes.filter((w) => keyOf(w) === 'DOC#d00001') } };
    });
    const requests = puts(50);
    const { clock } = recordingClock();

    const error = (await batchWrite(table, requests, { concurrency: 2 }, clock).catch(
      (e: unknown) => e,
    )) as BatchWriteError;

    expect(mock.calls().length).toBeLessThan(10);
    expect(error.unprocessed).toEqual([requests[1], ...requests.slice(25)]);
    expect(error.processed).toHaveLength(24);
  });
});

describe('progress and concurrency', () => {
  it('tells progress after each chunk', async () => {
    mock.on(BatchWriteCommand).resolves({});
    const progress: BatchProgress[] = [];
    await table.batchWrite(puts(60), { concurrency: 1, onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([
      { processed: 25, total: 60 },
      { processed: 50, total: 60 },
      { processed: 60, total: 60 },
    ]);
  });

  it('tells how many were given up on, and survives a throwing callback', async () => {
    mock.on(BatchWriteCommand).resolvesOnce({}).rejects(sdkError('ValidationException'));
    const progress: BatchProgress[] = [];
    const error = await table
      .batchWrite(puts(60), {
        concurrency: 1,
        onProgress: (p) => {
          progress.push(p);
          throw new Error('callback failed');
        },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BatchWriteError);
    expect(progress).toEqual([
      { processed: 25, total: 60 },
      { processed: 25, total: 60, unprocessed: 25 },
    ]);
  });

  it.each([1, 3, 4])('keeps at most %i requests in flight', async (concurrency) => {
    const { inFlight } = fakeDynamoDB(() => false);
    const result = await table.batchWrite(puts(500), { concurrency });
    expect(result.requests).toBe(20);
    expect(inFlight.max).toBe(concurrency);
  });
});
