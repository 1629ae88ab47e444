import { EntityName, PartitionKey, SortKey, type Table, ValidationError } from '../../index.js';
import { createLocalTable } from '../../../test/local-table.js';

const User = new EntityName('USER');
const Group = new EntityName('GROUP');
const alice = new PartitionKey(User, 'alice');

let table: Table;
beforeAll(async () => {
  table = await createLocalTable({ timestamps: false });
  await table.put(alice, new SortKey(Group, 'g1'), { role: 'admin', level: 3 });
  await table.put(alice, new SortKey(Group, 'g3'), { role: 'member', level: 1 });
});

describe('transactGetItems', () => {
  it('returns the items in key order, undefined for missing ones, with projections', async () => {
    const items = await table.transactGetItems([
      { pk: alice, sk: new SortKey(Group, 'g3') },
      { pk: alice, sk: new SortKey(Group, 'g2') },
      { pk: alice, sk: new SortKey(Group, 'g1'), attributes: ['role'] },
    ]);
    expect(items).toEqual([
      { PK: 'alice', SK: 'g3', role: 'member', level: 1 },
      undefined,
      { role: 'admin' },
    ]);
  });

  it('refuses the same key twice before sending', async () => {
    const key = { pk: alice, sk: new SortKey(Group, 'g1') };
    await expect(table.transactGetItems([key, { ...key }])).rejects.toBeInstanceOf(ValidationError);
  });
});
