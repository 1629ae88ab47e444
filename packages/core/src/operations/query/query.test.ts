import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  attr,
  EntityName,
  InvalidCursorError,
  InversePrimaryIndex,
  type Item,
  PartitionKey,
  SortKey,
  SortKeyCondition,
  Table,
} from '../../index.js';
import { mockTable } from '../../../test/mock-table.js';

const User = new EntityName('USER');
const Order = new EntityName('ORDER');
const alice = new PartitionKey(User, 'alice');
const bob = new PartitionKey(User, 'bob');
const stored = (id: number): Item => ({ PK: 'USER#alice', SK: `ORDER#${id}`, n: id });
const lastKey = (id: number): Item => ({ PK: 'USER#alice', SK: `ORDER#${id}` });

const { table, mock } = mockTable();
beforeEach(() => mock.reset());
const sent = (): QueryCommandInput[] =>
  mock.commandCalls(QueryCommand).map((call) => call.args[0].input);

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterable) values.push(value);
  return values;
}

describe('query', () => {
  it('keeps paging until limit items passed the filter, asking only for what is missing', async () => {
    mock
      .on(QueryCommand)
      .resolvesOnce({ Items: [stored(1)], LastEvaluatedKey: lastKey(4) })
      .resolvesOnce({ Items: [], LastEvaluatedKey: lastKey(7) })
      .resolvesOnce({ Items: [stored(8), stored(9)], LastEvaluatedKey: lastKey(9) });
    const items = await table.query(alice, { filter: attr('n').gt(0), limit: 3 });
    expect(items.map((item) => item.SK)).toEqual(['1', '8', '9']);
    expect(sent().map((input) => [input.Limit, input.ExclusiveStartKey])).toEqual([
      [3, undefined],
      [2, lastKey(4)],
      [2, lastKey(7)],
    ]);
  });

  it('reads every page when there is no limit', async () => {
    mock
      .on(QueryCommand)
      .resolvesOnce({ Items: [stored(1)], LastEvaluatedKey: lastKey(1) })
      .resolvesOnce({ Items: [stored(2)] });
    expect(await table.query(alice)).toEqual([
      { PK: 'alice', SK: '1', n: 1 },
      { PK: 'alice', SK: '2', n: 2 },
    ]);
    expect(sent()[0]).toEqual(table.requests.query(alice));
    expect(sent()).toHaveLength(2);
  });

  it('drops the bound of a strict gt without going past limit', async () => {
    mock
      .on(QueryCommand)
      .resolvesOnce({ Items: [stored(5), stored(6)], LastEvaluatedKey: lastKey(6) })
      .resolvesOnce({ Items: [stored(7)], LastEvaluatedKey: lastKey(7) });
    const items = await table.query(alice, {
      sortKey: SortKeyCondition.gt(new SortKey(Order, '5')),
      limit: 2,
    });
    expect(items.map((item) => item.SK)).toEqual(['6', '7']);
    expect(sent().map((input) => input.Limit)).toEqual([2, 1]);
  });

  it('removes the sort key it projected only to drop a strict bound', async () => {
    mock.on(QueryCommand).resolves({
      Items: [
        { SK: 'ORDER#4', n: 4 },
        { SK: 'ORDER#5', n: 5 },
      ],
    });
    const items = await table.query(alice, {
      sortKey: SortKeyCondition.lt(new SortKey(Order, '5')),
      attributes: ['n'],
    });
    expect(items).toEqual([{ n: 4 }]);
  });

  it('reads a GSI in reverse', async () => {
    mock.on(QueryCommand).resolves({ Items: [] });
    await table.query(new PartitionKey(Order, '1'), {
      globalIndex: new InversePrimaryIndex(),
      reverse: true,
    });
    expect(sent()[0]).toMatchObject({ IndexName: 'GSI_1', ScanIndexForward: false });
  });
});

describe('queryPages and cursors', () => {
  it('yields one page per request, and a cursor that resumes after it', async () => {
    mock
      .on(QueryCommand)
      .resolvesOnce({ Items: [stored(1), stored(2)], LastEvaluatedKey: lastKey(2) })
      .resolvesOnce({ Items: [stored(3)] });
    const pages = await collect(table.queryPages(alice, { pageSize: 2 }));
    expect(pages.map((page) => page.items.length)).toEqual([2, 1]);
    expect(pages[1]?.cursor).toBeUndefined();
    const cursor = pages[0]?.cursor as string;
    expect(cursor).not.toContain('ORDER');

    mock.reset();
    mock.on(QueryCommand).resolves({ Items: [stored(3)] });
    const next = await table.queryPage(alice, { pageSize: 2, cursor });
    expect(next).toEqual({ items: [{ PK: 'alice', SK: '3', n: 3 }], cursor: undefined });
    expect(sent()).toEqual([
      { ...table.requests.query(alice), Limit: 2, ExclusiveStartKey: lastKey(2) },
    ]);
    expect(table.requests.query(alice, { pageSize: 2, cursor })).toEqual(sent()[0]);
  });

  it('queryPage sends exactly one request', async () => {
    mock.on(QueryCommand).resolves({ Items: [stored(1)], LastEvaluatedKey: lastKey(1) });
    const page = await table.queryPage(alice, { pageSize: 1 });
    expect(page.items).toHaveLength(1);
    expect(page.cursor).toEqual(expect.any(String));
    expect(sent()).toHaveLength(1);
  });

  it('queryItems reads the next page only when iterated that far', async () => {
    mock
      .on(QueryCommand)
      .resolvesOnce({ Items: [stored(1)], LastEvaluatedKey: lastKey(1) })
      .resolvesOnce({ Items: [stored(2)] });
    for await (const item of table.queryItems(alice)) {
      expect(item.SK).toBe('1');
      break;
    }
    expect(sent()).toHaveLength(1);
  });

  describe('refuses before sending', () => {
    let cursor: string;
    beforeEach(async () => {
      mock.on(QueryCommand).resolves({ Items: [stored(1)], LastEvaluatedKey: lastKey(1) });
      cursor = (await table.queryPage(alice)).cursor as string;
      mock.reset();
    });

    const tamper = (text: string): string => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[bytes.length - 3] = (bytes[bytes.length - 3] as number) ^ 0x20;
      return bytes.toString('base64url');
    };
    const otherVersion = (text: string): string => {
      const bytes = Buffer.from(text, 'base64url');
      bytes[0] = 9;
      return bytes.toString('base64url');
    };

    it.each([
      ['a tampered byte', () => table.queryPage(alice, { cursor: tamper(cursor) })],
      ['a cursor of another partition', () => table.queryPage(bob, { cursor })],
      [
        'a cursor of another index',
        () => table.queryPage(alice, { cursor, globalIndex: new InversePrimaryIndex() }),
      ],
      [
        'a cursor of another table',
        () => new Table('Other', { client: table.client }).queryPage(alice, { cursor }),
      ],
      [
        'a cursor signed with another secret',
        () =>
          new Table('T', { client: table.client, cursorSecret: 'k' }).queryPage(alice, { cursor }),
      ],
      ['garbage', () => table.queryPage(alice, { cursor: 'not a cursor!' })],
      ['another version', () => table.queryPage(alice, { cursor: otherVersion(cursor) })],
    ])('%s', async (_, read) => {
      await expect(read()).rejects.toBeInstanceOf(InvalidCursorError);
      expect(mock.calls()).toHaveLength(0);
    });

    it('when queryPages is called, not only when it is iterated', () => {
      expect(() => table.queryPages(bob, { cursor })).toThrow(InvalidCursorError);
      expect(() => table.requests.query(bob, { cursor })).toThrow(InvalidCursorError);
    });
  });
});
