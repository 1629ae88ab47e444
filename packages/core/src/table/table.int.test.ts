import {
  attr,
  ConditionalCheckFailedError,
  EntityName,
  InversePrimaryIndex,
  PartitionKey,
  PrefixSortKey,
  SortKey,
  type Table,
} from '../index.js';
import { createLocalTable } from '../../test/local-table.js';

const User = new EntityName('USER');
const Group = new EntityName('GROUP');
const pkAlice = new PartitionKey(User, 'alice');
const pkBob = new PartitionKey(User, 'bob');
const skGroup1 = new SortKey(Group, 'group1');

let table: Table;
let counter = 0;
/** A fresh partition key per test, so tests in this file do not see each other's items. */
const freshUser = (): PartitionKey => new PartitionKey(User, `user${++counter}`);

beforeAll(async () => {
  table = await createLocalTable({
    clock: () => new Date('2024-01-02T03:04:05.000Z'),
  });
});

describe('insert', () => {
  it('writes the item with its key, attributes and CreatedAt', async () => {
    const pk = freshUser();
    await table.insert(pk, skGroup1, { role: 'admin' });
    expect(await table.get(pk, skGroup1)).toEqual({
      PK: pk.value,
      SK: 'group1',
      role: 'admin',
      CreatedAt: '2024-01-02T03:04:05.000Z',
    });
  });

  it('fails with ConditionalCheckFailedError carrying the stored item when it exists', async () => {
    const pk = freshUser();
    await table.insert(pk, skGroup1, { role: 'first' });
    const error = await table.insert(pk, skGroup1, { role: 'second' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConditionalCheckFailedError);
    expect((error as ConditionalCheckFailedError).item).toMatchObject({
      PK: pk.value,
      role: 'first',
    });
    expect((await table.get(pk, skGroup1))?.role).toBe('first');
  });
});

describe('put', () => {
  it('overwrites by default and refuses with allowOverwrite: false', async () => {
    const pk = freshUser();
    await table.put(pk, skGroup1, { n: 1 });
    await table.put(pk, skGroup1, { n: 2 });
    expect((await table.get(pk, skGroup1))?.n).toBe(2);
    await expect(
      table.put(pk, skGroup1, { n: 3 }, { allowOverwrite: false }),
    ).rejects.toBeInstanceOf(ConditionalCheckFailedError);
    expect((await table.get(pk, skGroup1))?.n).toBe(2);
  });

  it('applies a condition on the existing item', async () => {
    const pk = freshUser();
    await table.put(pk, skGroup1, { status: 'draft' });
    await expect(
      table.put(pk, skGroup1, { status: 'x' }, { condition: attr('status').eq('published') }),
    ).rejects.toBeInstanceOf(ConditionalCheckFailedError);
    await table.put(
      pk,
      skGroup1,
      { status: 'published' },
      { condition: attr('status').eq('draft') },
    );
    expect((await table.get(pk, skGroup1))?.status).toBe('published');
  });

  it('returns user attributes that look like keys unchanged; only key attributes lose prefixes', async () => {
    const pk = freshUser();
    await table.put(pk, skGroup1, {
      note: 'ABC#def',
      list: ['X#y'],
      nested: { k: 'Q#r' },
    });
    expect(await table.get(pk, skGroup1)).toMatchObject({
      PK: pk.value,
      SK: 'group1',
      note: 'ABC#def',
      list: ['X#y'],
      nested: { k: 'Q#r' },
    });
  });

  it('stores reserved-word attribute names and odd characters', async () => {
    const pk = freshUser();
    const attributes = {
      name: 'n',
      status: 's',
      data: 'd',
      'a.b': 1,
      'with space': true,
      ünï: 'ü',
    };
    await table.put(pk, skGroup1, attributes);
    expect(await table.get(pk, skGroup1)).toMatchObject(attributes);
  });
});

describe('get', () => {
  it('returns undefined for a missing item', async () => {
    expect(await table.get(freshUser(), skGroup1)).toBeUndefined();
  });

  it('projects the requested attributes and reads consistently', async () => {
    const pk = freshUser();
    await table.put(pk, skGroup1, {
      name: 'Alice',
      status: 'active',
      other: 1,
    });
    expect(
      await table.get(pk, skGroup1, {
        attributes: ['name', 'status'],
        consistent: true,
      }),
    ).toEqual({
      name: 'Alice',
      status: 'active',
    });
  });
});

describe('update', () => {
  it('sets, removes, adds and deletes from sets, stamping UpdatedAt', async () => {
    const pk = freshUser();
    await table.put(pk, skGroup1, {
      a: 1,
      b: 'gone',
      count: 5,
      tags: new Set(['x', 'y', 'z']),
    });
    const result = await table.update(
      pk,
      skGroup1,
      {
        set: { a: 2, name: 'reserved' },
        remove: ['b'],
        add: { count: 3 },
        delete: { tags: new Set(['y']) },
      },
      { returnValues: 'ALL_NEW' },
    );
    expect(result).toEqual({
      PK: pk.value,
      SK: 'group1',
      a: 2,
      name: 'reserved',
      count: 8,
      tags: new Set(['x', 'z']),
      CreatedAt: '2024-01-02T03:04:05.000Z',
      UpdatedAt: '2024-01-02T03:04:05.000Z',
    });
  });

  it('creates the item unless mustExist is set', async () => {
    const pk = freshUser();
    await expect(
      table.update(pk, skGroup1, { set: { a: 1 } }, { mustExist: true }),
    ).rejects.toBeInstanceOf(ConditionalCheckFailedError);
    expect(await table.get(pk, skGroup1)).toBeUndefined();
    await table.update(pk, skGroup1, { add: { visits: 1 } });
    expect((await table.get(pk, skGroup1))?.visits).toBe(1);
  });

  it('applies only when the condition holds', async () => {
    const pk = freshUser();
    await table.put(pk, skGroup1, { version: 1 });
    const stale = table.update(
      pk,
      skGroup1,
      { set: { version: 2 } },
      { condition: attr('version').eq(0) },
    );
    await expect(stale).rejects.toBeInstanceOf(ConditionalCheckFailedError);
    await table.update(pk, skGroup1, { set: { version: 2 } }, { condition: attr('version').eq(1) });
    expect((await table.get(pk, skGroup1))?.version).toBe(2);
  });

  it('returns only what returnValues asks for', async () => {
    const pk = freshUser();
    await table.put(pk, skGroup1, { a: 1, b: 2 });
    expect(await table.update(pk, skGroup1, { set: { a: 5 } })).toBeUndefined();
    expect(
      await table.update(pk, skGroup1, { set: { a: 6 } }, { returnValues: 'UPDATED_OLD' }),
    ).toMatchObject({
      a: 5,
    });
  });
});

describe('delete', () => {
  it('is idempotent by default', async () => {
    const pk = freshUser();
    await table.put(pk, skGroup1);
    await table.delete(pk, skGroup1);
    await table.delete(pk, skGroup1);
    expect(await table.get(pk, skGroup1)).toBeUndefined();
  });

  it('fails on a missing item with idempotent: false', async () => {
    const pk = freshUser();
    await expect(table.delete(pk, skGroup1, { idempotent: false })).rejects.toBeInstanceOf(
      ConditionalCheckFailedError,
    );
    await table.put(pk, skGroup1);
    await table.delete(pk, skGroup1, { idempotent: false });
    expect(await table.get(pk, skGroup1)).toBeUndefined();
  });
});

describe('queryPrefix', () => {
  it('reads a relation from both sides through the inverse index', async () => {
    const group = new SortKey(Group, 'inverse');
    await table.insert(pkAlice, group);
    await table.insert(pkBob, group);
    await table.insert(pkAlice, new SortKey(Group, 'other'));
    const members = await table.queryPrefix(
      new PartitionKey(Group, 'inverse'),
      new PrefixSortKey(User),
      {
        globalIndex: new InversePrimaryIndex(),
      },
    );
    expect(members).toEqual([{ PK: 'alice' }, { PK: 'bob' }]);
    const groups = await table.queryPrefix(pkAlice, new PrefixSortKey(Group));
    expect(groups).toEqual([{ SK: 'inverse' }, { SK: 'other' }]);
  });

  it('matches the value prefix and never an entity whose name merely starts the same', async () => {
    const pk = freshUser();
    const Order = new EntityName('ORDER');
    const OrderLine = new EntityName('ORDERLINE');
    await table.put(pk, new SortKey(Order, '2024-01'));
    await table.put(pk, new SortKey(Order, '2024-02'));
    await table.put(pk, new SortKey(Order, '2023-12'));
    await table.put(pk, new SortKey(OrderLine, '2024-01'));
    expect(await table.queryPrefix(pk, new PrefixSortKey(Order, '2024-'))).toEqual([
      { SK: '2024-01' },
      { SK: '2024-02' },
    ]);
    expect(await table.queryPrefix(pk, new PrefixSortKey(Order))).toHaveLength(3);
  });

  it('follows LastEvaluatedKey across several 1 MB pages', async () => {
    const pk = freshUser();
    const Blob = new EntityName('BLOB');
    const payload = 'x'.repeat(300 * 1024);
    for (let i = 0; i < 10; i++) {
      await table.put(pk, new SortKey(Blob, String(i).padStart(2, '0')), {
        payload,
      });
    }
    const items = await table.queryPrefix(pk, new PrefixSortKey(Blob), {
      attributes: ['SK', 'payload'],
    });
    expect(items.map((item) => item.SK)).toEqual([
      '00',
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
    ]);
    expect(items.every((item) => item.payload === payload)).toBe(true);
  });

  it('stops at limit, across pages', async () => {
    const pk = freshUser();
    const Event = new EntityName('EVENT');
    for (let i = 0; i < 7; i++) await table.put(pk, new SortKey(Event, String(i)));
    expect(await table.queryPrefix(pk, new PrefixSortKey(Event), { limit: 5 })).toHaveLength(5);
  });

  it('projects requested attributes and supports consistent reads on the table', async () => {
    const pk = freshUser();
    const Note = new EntityName('NOTE');
    await table.put(pk, new SortKey(Note, 'n1'), {
      text: 'hello',
      hidden: true,
    });
    expect(
      await table.queryPrefix(pk, new PrefixSortKey(Note), {
        attributes: ['text', 'SK'],
        consistent: true,
      }),
    ).toEqual([{ SK: 'n1', text: 'hello' }]);
  });
});
