import {
  and,
  attr,
  EntityName,
  GlobalSecondaryIndex,
  InvalidCursorError,
  InversePrimaryIndex,
  type Item,
  not,
  or,
  PartitionKey,
  PrefixSortKey,
  type QueryPageOptions,
  SortKey,
  SortKeyCondition,
  type Table,
} from '../../index.js';
import { createLocalTable } from '../../../test/local-table.js';

const User = new EntityName('USER');
const Order = new EntityName('ORDER');
/** Entities whose keys sort right around ORDER's: before, inside-looking and after. */
const Neighbours = ['ORDEQ', 'ORDER!', 'ORDER$', 'ORDERLINE', 'ACCOUNT', 'USER'].map(
  (name) => new EntityName(name),
);
const gsi2 = new GlobalSecondaryIndex('GSI_2', 'GSI2PK', 'GSI2SK');
const order = (n: number): SortKey => new SortKey(Order, String(n).padStart(2, '0'));
const ids = (items: readonly Item[]): string[] => items.map((item) => String(item.SK));
const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0'));

let table: Table;
let counter = 0;
const freshUser = (): PartitionKey => new PartitionKey(User, `user${++counter}`);

beforeAll(async () => {
  table = await createLocalTable({ globalIndexes: [gsi2], timestamps: false });
});

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterable) values.push(value);
  return values;
}

/** A partition holding orders 01..20 and one item of each neighbouring entity. */
async function partitionOfOrders(): Promise<PartitionKey> {
  const pk = freshUser();
  for (let n = 1; n <= 20; n++) await table.put(pk, order(n), { n });
  for (const entity of Neighbours) {
    await table.put(pk, new SortKey(entity, '01'));
    await table.put(pk, new SortKey(entity, 'zz'));
  }
  return pk;
}

describe('query with sort key conditions', () => {
  let pk: PartitionKey;
  beforeAll(async () => {
    pk = await partitionOfOrders();
  });
  const orders = async (sortKey: QueryPageOptions['sortKey'], extra: QueryPageOptions = {}) =>
    ids(await table.query(pk, { sortKey, ...extra }));

  it('reads the whole partition without one', async () => {
    expect(await table.query(pk)).toHaveLength(20 + Neighbours.length * 2);
  });

  it('eq, beginsWith and between', async () => {
    expect(await orders(order(7))).toEqual(['07']);
    expect(await orders(SortKeyCondition.eq(order(7)))).toEqual(['07']);
    expect(await orders(SortKeyCondition.eq(order(21)))).toEqual([]);
    expect(await orders(new PrefixSortKey(Order))).toEqual(range(1, 20));
    expect(await orders(SortKeyCondition.beginsWith(new PrefixSortKey(Order, '1')))).toEqual(
      range(10, 19),
    );
    expect(await orders(SortKeyCondition.between(order(3), order(6)))).toEqual(range(3, 6));
  });

  it('lt, le, gt and ge stay inside the entity', async () => {
    expect(await orders(SortKeyCondition.lt(order(4)))).toEqual(range(1, 3));
    expect(await orders(SortKeyCondition.le(order(4)))).toEqual(range(1, 4));
    expect(await orders(SortKeyCondition.gt(order(17)))).toEqual(range(18, 20));
    expect(await orders(SortKeyCondition.ge(order(17)))).toEqual(range(17, 20));
    expect(await orders(SortKeyCondition.lt(order(1)))).toEqual([]);
    expect(await orders(SortKeyCondition.gt(order(20)))).toEqual([]);
    expect(await orders(SortKeyCondition.gt(order(99)))).toEqual([]);
  });

  it('strict bounds keep limit, in both orders and across pages', async () => {
    const gt = SortKeyCondition.gt(order(5));
    expect(await orders(gt, { limit: 3 })).toEqual(range(6, 8));
    expect(await orders(gt, { limit: 3, pageSize: 1 })).toEqual(range(6, 8));
    expect(await orders(gt, { reverse: true, limit: 2 })).toEqual(['20', '19']);
    const lt = SortKeyCondition.lt(order(5));
    expect(await orders(lt, { reverse: true, limit: 2 })).toEqual(['04', '03']);
    expect(await orders(lt, { reverse: true, pageSize: 1 })).toEqual(['04', '03', '02', '01']);
    expect(await table.query(pk, { sortKey: lt, attributes: ['n'] })).toEqual([
      { n: 1 },
      { n: 2 },
      { n: 3 },
      { n: 4 },
    ]);
  });

  it('reads in reverse order', async () => {
    expect(await orders(new PrefixSortKey(Order), { reverse: true, limit: 3 })).toEqual([
      '20',
      '19',
      '18',
    ]);
  });

  it('reads consistently and projects attributes', async () => {
    expect(
      await table.query(pk, { sortKey: order(2), consistent: true, attributes: ['n'] }),
    ).toEqual([{ n: 2 }]);
  });
});

describe('query filters with reserved-word attribute names', () => {
  let pk: PartitionKey;
  const Item = new EntityName('ITEM');
  beforeAll(async () => {
    pk = freshUser();
    const rows: [string, Item][] = [
      ['a', { status: 'open', size: 1, name: 'alpha', data: ['x', 'y'], comment: 'hi' }],
      ['b', { status: 'closed', size: 2, name: 'beta', data: ['y'] }],
      ['c', { status: 'open', size: 3, name: 'alpine', data: ['z'], comment: 'yo' }],
      ['d', { status: 'draft', size: 4, name: 'delta', data: ['x'] }],
    ];
    for (const [id, attributes] of rows) await table.put(pk, new SortKey(Item, id), attributes);
  });
  const matching = async (filter: QueryPageOptions['filter']) =>
    ids(await table.query(pk, { filter }));

  it.each([
    ['=', attr('status').eq('open'), ['a', 'c']],
    ['<>', attr('status').ne('open'), ['b', 'd']],
    ['<', attr('size').lt(2), ['a']],
    ['<=', attr('size').le(2), ['a', 'b']],
    ['>', attr('size').gt(3), ['d']],
    ['>=', attr('size').ge(3), ['c', 'd']],
    ['BETWEEN', attr('size').between(2, 3), ['b', 'c']],
    ['attribute_exists', attr('comment').exists(), ['a', 'c']],
    ['attribute_not_exists', attr('comment').notExists(), ['b', 'd']],
    ['begins_with', attr('name').beginsWith('alp'), ['a', 'c']],
    ['contains', attr('data').contains('x'), ['a', 'd']],
    ['IN', attr('status').in(['closed', 'draft']), ['b', 'd']],
    ['size', attr('data').size().gt(1), ['a']],
    ['and', and(attr('status').eq('open'), attr('size').gt(1)), ['c']],
    ['or', or(attr('status').eq('closed'), attr('size').eq(4)), ['b', 'd']],
    ['not', not(attr('status').eq('open')), ['b', 'd']],
    ['nested', attr('status').eq('open').and(attr('name').beginsWith('alpi').not()), ['a']],
  ] as const)('%s', async (_, filter, expected) => {
    expect(await matching(filter)).toEqual(expected);
  });

  it('reads pages until limit items match', async () => {
    const items = await table.query(pk, {
      filter: attr('data').contains('x').or(attr('status').eq('closed')),
      limit: 2,
      pageSize: 1,
    });
    expect(ids(items)).toEqual(['a', 'b']);
  });
});

describe('pages and cursors', () => {
  let pk: PartitionKey;
  beforeAll(async () => {
    pk = await partitionOfOrders();
  });
  const ordersOnly = { sortKey: new PrefixSortKey(Order) };

  it('reads many pages, one request each', async () => {
    const pages = await collect(table.queryPages(pk, { ...ordersOnly, pageSize: 3 }));
    expect(pages.map((page) => page.items.length)).toEqual([3, 3, 3, 3, 3, 3, 2]);
    expect(pages.flatMap((page) => ids(page.items))).toEqual(range(1, 20));
    expect(pages.at(-1)?.cursor).toBeUndefined();
    expect(ids(await collect(table.queryItems(pk, { ...ordersOnly, pageSize: 7 })))).toEqual(
      range(1, 20),
    );
  });

  it('continues from a cursor with exactly the remaining items', async () => {
    const read: string[] = [];
    let cursor: string | undefined;
    let requests = 0;
    do {
      const page = await table.queryPage(pk, { ...ordersOnly, pageSize: 6, cursor });
      read.push(...ids(page.items));
      cursor = page.cursor;
      requests++;
    } while (cursor !== undefined && requests < 10);
    expect(read).toEqual(range(1, 20));
  });

  it('continues after a limit, in reverse and with a filter', async () => {
    const options: QueryPageOptions = {
      ...ordersOnly,
      reverse: true,
      filter: attr('n').ge(5),
      limit: 4,
    };
    const first = await collect(table.queryPages(pk, options));
    const firstIds = first.flatMap((page) => ids(page.items));
    expect(firstIds).toEqual(['20', '19', '18', '17']);
    const cursor = first.at(-1)?.cursor;
    const rest = await table.query(pk, {
      ...options,
      limit: undefined,
      cursor,
    });
    expect(ids(rest)).toEqual(range(5, 16).reverse());
  });

  it('refuses a cursor from another partition before sending', async () => {
    const { cursor } = await table.queryPage(pk, { ...ordersOnly, pageSize: 2 });
    await expect(table.queryPage(freshUser(), { cursor })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
  });
});

describe('global indexes', () => {
  it('reads a relation from the other side through the inverse index', async () => {
    const Group = new EntityName('GROUP');
    const group = new SortKey(Group, `g${++counter}`);
    const users = ['ann', 'ben', 'cat', 'dan', 'eve'];
    for (const name of users) await table.put(new PartitionKey(User, name), group, { role: name });
    const members = await table.query(new PartitionKey(Group, group.value), {
      globalIndex: new InversePrimaryIndex(),
      sortKey: SortKeyCondition.gt(new SortKey(User, 'ben')),
      reverse: true,
    });
    expect(members.map((item) => [item.PK, item.SK, item.role])).toEqual([
      ['eve', group.value, 'eve'],
      ['dan', group.value, 'dan'],
      ['cat', group.value, 'cat'],
    ]);
  });

  it('queries a custom GSI page by page with cursors', async () => {
    const Status = new EntityName('STATUS');
    const Day = new EntityName('DAY');
    const status = new PartitionKey(Status, `open${++counter}`);
    const pk = freshUser();
    for (let n = 1; n <= 9; n++) {
      await table.put(pk, order(n), {
        GSI2PK: status.toString(),
        GSI2SK: `DAY#2024-01-0${n}`,
      });
    }
    const options: QueryPageOptions = {
      globalIndex: gsi2,
      sortKey: SortKeyCondition.ge(new SortKey(Day, '2024-01-03')),
      pageSize: 2,
    };
    const first = await table.queryPage(status, options);
    expect(first.items).toEqual([
      { PK: pk.value, SK: '03', GSI2PK: status.value, GSI2SK: '2024-01-03' },
      { PK: pk.value, SK: '04', GSI2PK: status.value, GSI2SK: '2024-01-04' },
    ]);
    const rest = await table.query(status, {
      ...options,
      cursor: first.cursor,
    });
    expect(ids(rest)).toEqual(range(5, 9));
    await expect(
      table.queryPage(status, { cursor: first.cursor, pageSize: 2 }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
