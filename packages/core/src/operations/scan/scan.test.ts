import { ScanCommand, type ScanCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  attr,
  DynamoDBError,
  GlobalSecondaryIndex,
  InversePrimaryIndex,
  type Item,
  ValidationError,
} from '../../index.js';
import { InFlight, mockTable, sdkError } from '../../../test/mock-table.js';
import type { ScanOptions } from './scan-options.js';

const { table, mock } = mockTable();
beforeEach(() => mock.reset());
const sent = (): ScanCommandInput[] =>
  mock.commandCalls(ScanCommand).map((call) => call.args[0].input);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterable) values.push(value);
  return values;
}

/** A fake table of `pages` pages per segment, with two items per page. */
function fakeSegments(pages: number) {
  const inFlight = new InFlight();
  mock.on(ScanCommand).callsFake((input: ScanCommandInput) =>
    inFlight.around(() => {
      const segment = input.Segment ?? 0;
      const page = input.ExclusiveStartKey === undefined ? 0 : Number(input.ExclusiveStartKey.p);
      const items = [0, 1].map((i) => ({ PK: `USER#s${segment}p${page}i${i}`, SK: 'X#x' }));
      const last = page + 1 < pages ? { LastEvaluatedKey: { p: String(page + 1) } } : {};
      return { Items: items, ...last };
    }),
  );
  return inFlight;
}

describe('scan', () => {
  it('compiles filter, projection, index, page size and segment', () => {
    expect(
      table.requests.scan(
        {
          filter: attr('status').eq('open'),
          attributes: ['name'],
          globalIndex: new GlobalSecondaryIndex('GSI_2', 'GSI2PK', 'GSI2SK'),
          pageSize: 50,
          segments: 4,
        },
        3,
      ),
    ).toEqual({
      TableName: 'T',
      IndexName: 'GSI_2',
      FilterExpression: '#n0 = :v0',
      ProjectionExpression: '#n1',
      ExpressionAttributeNames: { '#n0': 'status', '#n1': 'name' },
      ExpressionAttributeValues: { ':v0': 'open' },
      Segment: 3,
      TotalSegments: 4,
      Limit: 50,
    });
    expect(table.requests.scan({ consistent: true })).toEqual({
      TableName: 'T',
      ConsistentRead: true,
    });
  });

  it('follows pages and strips key prefixes', async () => {
    fakeSegments(3);
    const items = await collect(table.scan({ pageSize: 2 }));
    expect(items).toHaveLength(6);
    expect(items[0]).toEqual({ PK: 's0p0i0', SK: 'x' });
    expect(sent().map((input) => [input.Limit, input.ExclusiveStartKey?.p])).toEqual([
      [2, undefined],
      [2, '1'],
      [2, '2'],
    ]);
  });

  it('pages each segment on its own, with at most one request per segment in flight', async () => {
    const inFlight = fakeSegments(3);
    const items = await collect(table.scan({ segments: 4 }));
    const keys = items.map((item: Item) => String(item.PK));
    expect(new Set(keys).size).toBe(4 * 3 * 2);
    expect(keys).toHaveLength(4 * 3 * 2);
    expect(inFlight.max).toBeLessThanOrEqual(4);
    expect(inFlight.max).toBeGreaterThan(1);
    const segments = sent().map((input) => [input.Segment, input.TotalSegments]);
    expect(segments.filter(([segment]) => segment === 2)).toHaveLength(3);
    expect(segments.every(([, total]) => total === 4)).toBe(true);
  });

  it('scanPages tells which segment a page is from', async () => {
    fakeSegments(1);
    const pages = await collect(table.scanPages({ segments: 2 }));
    expect(pages.map((page) => page.segment).sort()).toEqual([0, 1]);
  });

  it('fails with the mapped error when a segment fails, and sends nothing more', async () => {
    const inFlight = new InFlight();
    mock.on(ScanCommand).callsFake((input: ScanCommandInput) =>
      inFlight.around(() => {
        if (input.Segment === 1) throw sdkError('InternalServerError');
        return { Items: [{ PK: 'A#a', SK: 'B#b' }], LastEvaluatedKey: { PK: 'A#a', SK: 'B#b' } };
      }),
    );
    await expect(collect(table.scan({ segments: 3 }))).rejects.toBeInstanceOf(DynamoDBError);
    const calls = mock.calls().length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mock.calls().length).toBe(calls);
  });

  it.each([
    ['0 segments', { segments: 0 }],
    ['fractional segments', { segments: 1.5 }],
    ['too many segments', { segments: 1_000_001 }],
    ['a page size of 0', { pageSize: 0 }],
    ['a consistent read on a GSI', { consistent: true, globalIndex: new InversePrimaryIndex() }],
  ] as [string, ScanOptions][])('refuses %s when called', (_, options) => {
    expect(() => table.scan(options)).toThrow(ValidationError);
    expect(mock.calls()).toHaveLength(0);
  });

  it('refuses a segment outside the scan', () => {
    expect(() => table.requests.scan({ segments: 2 }, 2)).toThrow(ValidationError);
  });
});
