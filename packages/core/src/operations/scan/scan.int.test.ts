import {
  attr,
  EntityName,
  InversePrimaryIndex,
  type Item,
  PartitionKey,
  SortKey,
  type Table,
} from '../../index.js';
import { createLocalTable } from '../../../test/local-table.js';

const User = new EntityName('USER');
const Doc = new EntityName('DOC');
const COUNT = 60;

let table: Table;
beforeAll(async () => {
  table = await createLocalTable({ timestamps: false });
  for (let i = 0; i < COUNT; i++) {
    await table.put(new PartitionKey(User, `u${i % 9}`), new SortKey(Doc, `d${i}`), {
      n: i,
      status: i % 3 === 0 ? 'open' : 'closed',
    });
  }
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterable) values.push(value);
  return values;
}
const numbers = (items: readonly Item[]): number[] =>
  items.map((item) => Number(item.n)).sort((a, b) => a - b);
const all = Array.from({ length: COUNT }, (_, i) => i);

describe('scan', () => {
  it('reads every item across pages, without key prefixes', async () => {
    const pages = await collect(table.scanPages({ pageSize: 7 }));
    expect(pages.length).toBeGreaterThanOrEqual(COUNT / 7);
    const items = pages.flatMap((page) => page.items);
    expect(numbers(items)).toEqual(all);
    expect(items.find((item) => item.n === 10)).toEqual({
      PK: 'u1',
      SK: 'd10',
      n: 10,
      status: 'closed',
    });
  });

  it('returns every item exactly once in a parallel scan', async () => {
    const pages = await collect(table.scanPages({ segments: 4, pageSize: 5 }));
    expect(numbers(pages.flatMap((page) => page.items))).toEqual(all);
    expect(new Set(pages.map((page) => page.segment))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('filters and projects, with reserved-word names', async () => {
    const items = await collect(
      table.scan({ filter: attr('status').eq('open'), attributes: ['n'], segments: 3 }),
    );
    expect(numbers(items)).toEqual(all.filter((i) => i % 3 === 0));
    expect(Object.keys(items[0] ?? {})).toEqual(['n']);
  });

  it('scans a GSI', async () => {
    const items = await collect(table.scan({ globalIndex: new InversePrimaryIndex() }));
    expect(numbers(items)).toEqual(all);
  });
});
