import 'reflect-metadata';
import { type Table, ValidationError } from '@dokklib/core';
import { createLocalTable } from '../../../core/test/local-table.js';
import { Group, Membership } from '../../test/entities.js';
import { EntityManager } from './entity-manager.js';

let table: Table;
let em: EntityManager;

beforeAll(async () => {
  table = await createLocalTable();
  em = new EntityManager(table);
});

const membership = (user: string, group: string) =>
  Object.assign(new Membership(), { user, group, role: 'member' });

describe('EntityManager batches', () => {
  it('writes and reads back more entities than one request holds, in key order', async () => {
    const memberships = Array.from({ length: 130 }, (_, i) => membership(`u${i}`, 'big'));
    const result = await em.batchWrite({ put: memberships });
    expect(result.requests).toBeGreaterThanOrEqual(6);
    const keys = [
      { user: 'u129', group: 'big' },
      { user: 'nobody', group: 'big' },
      ...memberships.slice(0, 120),
    ];
    const read = await em.batchGet(Membership, keys, { consistent: true });
    expect(read).toHaveLength(122);
    expect(read[0]).toBeInstanceOf(Membership);
    expect(read[0]).toEqual(memberships[129]);
    expect(read[1]).toBeUndefined();
    expect(read.slice(2).map((m) => m?.user)).toEqual(memberships.slice(0, 120).map((m) => m.user));
  });

  it('puts and deletes entities of several classes in one call', async () => {
    await em.insert(membership('gone', 'g'));
    const group = Object.assign(new Group(), { name: 'g', members: 1 });
    await em.batchWrite({
      put: [group, membership('new', 'g')],
      delete: [membership('gone', 'g')],
    });
    expect(group.version).toBe(1);
    expect(await em.get(Group, { name: 'g' }, { consistent: true })).toEqual(group);
    const [gone, added] = await em.batchGet(
      Membership,
      [
        { user: 'gone', group: 'g' },
        { user: 'new', group: 'g' },
      ],
      { consistent: true },
    );
    expect(gone).toBeUndefined();
    expect(added?.role).toBe('member');
  });

  it('refuses a versioned entity holding a version unless told to ignore versions', async () => {
    const group = await em.insert(Object.assign(new Group(), { name: 'v', members: 1 }));
    expect(group.version).toBe(1);
    group.members = 2;
    await expect(em.batchWrite({ put: [group] })).rejects.toBeInstanceOf(ValidationError);
    await expect(em.batchWrite({ delete: [group] })).rejects.toThrow(/cannot check its @Version/);
    expect((await em.get(Group, { name: 'v' }, { consistent: true }))?.members).toBe(1);
    await em.batchWrite({ put: [group] }, { ignoreVersions: true });
    expect(group.version).toBe(2);
    expect(await em.get(Group, { name: 'v' }, { consistent: true })).toEqual(group);
    await em.batchWrite({ delete: [group] }, { ignoreVersions: true });
    expect(await em.get(Group, { name: 'v' }, { consistent: true })).toBeUndefined();
  });

  it('refuses two writes of one item before sending', async () => {
    await expect(
      em.batchWrite({ put: [membership('dup', 'g')], delete: [membership('dup', 'g')] }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(
      await em.get(Membership, { user: 'dup', group: 'g' }, { consistent: true }),
    ).toBeUndefined();
  });
});
