import 'reflect-metadata';
import { Membership, User } from '../../../decorators/test/entities.js';
import { mockTable } from '../mock/mock-table.js';
import type { EntityAction } from './entity-action.js';
import { describeExpected, matchesAction, matchesEntity } from './match-action.js';
import { matchesUnitOfWork } from './match-unit-of-work.js';

const { config } = mockTable().table;
const alice = Object.assign(new Membership(), { user: 'alice', group: 'g1', role: 'member' });
const itemKey = { PK: 'USER#alice', SK: 'GROUP#g1' };
const inserted: EntityAction = {
  action: 'insert',
  entity: alice,
  entityClass: Membership,
  key: { user: 'alice', group: 'g1' },
  itemKey,
  condition: 'attribute_not_exists(PK)',
  item: {},
};
const deleted: EntityAction = {
  action: 'delete',
  entityClass: Membership,
  key: { user: 'alice', group: 'g1' },
  itemKey,
  condition: undefined,
};
const updated: EntityAction = {
  ...deleted,
  action: 'update',
  changes: { role: 'admin' },
  update: { set: { role: 'admin' }, remove: [], add: {}, delete: {} },
};

describe('matchesEntity', () => {
  it('matches the properties an expected entity sets, and its class', () => {
    const equals = Object.is;
    expect(matchesEntity(alice, Object.assign(new Membership(), { group: 'g1' }), equals)).toBe(
      true,
    );
    expect(matchesEntity(alice, Object.assign(new Membership(), { role: 'admin' }), equals)).toBe(
      false,
    );
    expect(matchesEntity(alice, Object.assign(new User(), { group: 'g1' }), equals)).toBe(false);
    expect(matchesEntity(alice, { user: 'alice' }, equals)).toBe(true);
    expect(matchesEntity(undefined, {}, equals)).toBe(false);
  });
});

describe('matchesAction', () => {
  it('matches inserts and puts by entity, not one for the other', () => {
    expect(matchesAction(inserted, { action: 'insert', entity: alice }, config)).toBe(true);
    expect(matchesAction(inserted, { action: 'put', entity: alice }, config)).toBe(false);
  });

  it('matches deletes by the item key of an entity or of a class and key', () => {
    expect(matchesAction(deleted, { action: 'delete', entity: alice }, config)).toBe(true);
    const key = { user: 'alice', group: 'g1' };
    expect(matchesAction(deleted, { action: 'delete', entityClass: Membership, key }, config)).toBe(
      true,
    );
    const other = { user: 'alice', group: 'g2' };
    expect(
      matchesAction(deleted, { action: 'delete', entityClass: Membership, key: other }, config),
    ).toBe(false);
  });

  it('matches updates by key and, if given, the changed properties', () => {
    expect(matchesAction(updated, { action: 'update', entity: alice }, config)).toBe(true);
    const changes = (role: string) => ({
      action: 'update' as const,
      entity: alice,
      changes: { role },
    });
    expect(matchesAction(updated, changes('admin'), config)).toBe(true);
    expect(matchesAction(updated, changes('owner'), config)).toBe(false);
  });
});

describe('matchesUnitOfWork', () => {
  it('needs exactly the expected actions, in any order', () => {
    const wanted = [
      { action: 'delete' as const, entity: alice },
      { action: 'insert' as const, entity: alice },
    ];
    expect(matchesUnitOfWork([inserted, deleted], wanted, config)).toBe(true);
    expect(matchesUnitOfWork([inserted, deleted, updated], wanted, config)).toBe(false);
    expect(matchesUnitOfWork([inserted, inserted], wanted, config)).toBe(false);
  });
});

describe('describeExpected', () => {
  it('names keyed actions by class and key properties', () => {
    expect(describeExpected({ action: 'update', entity: alice, changes: { role: 'x' } })).toBe(
      "update Membership { user: 'alice', group: 'g1' } set { role: 'x' }",
    );
  });
});
