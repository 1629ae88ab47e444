import 'reflect-metadata';
import {
  InvalidCursorError,
  InversePrimaryIndex,
  type Table,
  ValidationError,
} from '@dokklib/core';
import { createLocalTable } from '../../../core/test/local-table.js';
import { Membership, User } from '../../test/entities.js';
import { EntityManager } from './entity-manager.js';
import type { EntityQueryPage } from './entity-query-page.js';

let table: Table;
let em: EntityManager;

beforeAll(async () => {
  table = await createLocalTable();
  em = new EntityManager(table);
  await em.insert(
    Object.assign(new User(), { username: 'pam', email: 'p@example.com', joinedAt: new Date(0) }),
  );
  for (const group of ['g1', 'g2', 'g3', 'g4', 'g5']) {
    await em.insert(Object.assign(new Membership(), { user: 'pam', group, role: 'member' }));
  }
  await em.insert(Object.assign(new Membership(), { user: 'quinn', group: 'g3', role: 'owner' }));
});

async function collect<T>(pages: AsyncIterable<EntityQueryPage<T>>): Promise<EntityQueryPage<T>[]> {
  const all: EntityQueryPage<T>[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

const groups = (pages: EntityQueryPage<Membership>[]) =>
  pages.flatMap((p) => p.items.map((m) => m.group));

describe('EntityManager page-by-page queries', () => {
  it('iterates the pages of a query as instances, with a cursor on every page but the last', async () => {
    const pages = await collect(
      em.queryPages(Membership, { user: 'pam' }, { pageSize: 2, consistent: true }),
    );
    // The sort key condition keeps pam's User out; 2 memberships evaluated per page.
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(groups(pages)).toEqual(['g1', 'g2', 'g3', 'g4', 'g5']);
    expect(pages.every((p) => p.items.every((m) => m instanceof Membership))).toBe(true);
    expect(pages.slice(0, -1).every((p) => typeof p.cursor === 'string')).toBe(true);
    expect(pages.at(-1)?.cursor).toBeUndefined();
  });

  it('reads one page per call, resuming from the cursor it returned', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let calls = 0;
    do {
      const page = await em.queryPage(
        Membership,
        { user: 'pam' },
        {
          pageSize: 3,
          reverse: true,
          consistent: true,
          ...(cursor === undefined ? {} : { cursor }),
        },
      );
      seen.push(...page.items.map((m) => m.group));
      cursor = page.cursor;
      calls++;
    } while (cursor !== undefined);
    expect(seen).toEqual(['g5', 'g4', 'g3', 'g2', 'g1']);
    expect(calls).toBe(2);
  });

  it('stops at limit across pages', async () => {
    const pages = await collect(
      em.queryPages(Membership, { user: 'pam' }, { pageSize: 2, limit: 3 }),
    );
    expect(groups(pages)).toEqual(['g1', 'g2', 'g3']);
  });

  it('pages through the inverse index', async () => {
    const first = await em.queryPage(
      Membership,
      { group: 'g3' },
      { index: new InversePrimaryIndex(), pageSize: 1 },
    );
    expect(first.items).toHaveLength(1);
    expect(first.cursor).toBeDefined();
    const rest = await collect(
      em.queryPages(
        Membership,
        { group: 'g3' },
        { index: new InversePrimaryIndex(), pageSize: 1, cursor: first.cursor },
      ),
    );
    const users = [...first.items, ...rest.flatMap((p) => p.items)].map((m) => m.user).sort();
    expect(users).toEqual(['pam', 'quinn']);
  });

  it('refuses tampered cursors and cursors of another query', async () => {
    const { cursor } = await em.queryPage(Membership, { user: 'pam' }, { pageSize: 2 });
    expect(cursor).toBeDefined();
    const bytes = Buffer.from(cursor!, 'base64url');
    bytes[bytes.length - 2] = (bytes[bytes.length - 2] as number) ^ 0x01;
    const tampered = bytes.toString('base64url');
    await expect(
      em.queryPage(Membership, { user: 'pam' }, { cursor: tampered }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    expect(() => em.queryPages(Membership, { user: 'quinn' }, { cursor })).toThrow(
      InvalidCursorError,
    );
    expect(() =>
      em.queryPages(Membership, { group: 'g3' }, { index: new InversePrimaryIndex(), cursor }),
    ).toThrow(InvalidCursorError);
  });

  it('refuses a page size that is not a positive integer before sending', () => {
    expect(() => em.queryPages(Membership, { user: 'pam' }, { pageSize: 0 })).toThrow(
      ValidationError,
    );
  });
});
