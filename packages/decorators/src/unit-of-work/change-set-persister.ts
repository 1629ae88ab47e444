import {
  and,
  type Attributes,
  type Condition,
  ConditionCheckArg,
  DeleteArg,
  InsertArg,
  PutArg,
  type TableConfig,
  type TransactWriteArg,
  UpdateArg,
} from '@dokklib/core';
import {
  type EntityWrite,
  putWrite,
  updateWrite,
  versionCondition,
  versionOf,
} from '../mapping/entity-write.js';
import type { ChangeSet } from './change-set.js';

/** A change set turned into core's transaction argument, with what to set on the entity after. */
export interface PersistedChangeSet {
  readonly changeSet: ChangeSet;
  readonly arg: TransactWriteArg;
  /** The version the write checks (`undefined` for no version check). */
  readonly expectedVersion: number | undefined;
  /** Version and timestamps to give the entity once the commit succeeded. */
  readonly properties: Readonly<Record<string, unknown>>;
  /** The attributes written: the whole item (insert/put) or the changes (update; `undefined` removes). */
  readonly written: Attributes;
}

/**
 * Turns change sets into core's `InsertArg`/`PutArg`/`UpdateArg`/`DeleteArg`/`ConditionCheckArg`,
 * stamping versions and timestamps with `now` (and the table's own timestamp attributes
 * explicitly, so that retrying the same commit sends the very same request).
 */
export function persistChangeSets(
  config: TableConfig,
  changeSets: readonly ChangeSet[],
  now: Date,
): PersistedChangeSet[] {
  return changeSets.map((changeSet) => persist(config, changeSet, now));
}

function persist(config: TableConfig, changeSet: ChangeSet, now: Date): PersistedChangeSet {
  const { metadata, entity, key } = changeSet;
  const done = (
    arg: TransactWriteArg,
    write?: EntityWrite,
    written: Attributes = {},
  ): PersistedChangeSet => ({
    changeSet,
    arg,
    expectedVersion: write?.expectedVersion,
    properties: write?.properties ?? {},
    written,
  });
  switch (changeSet.type) {
    case 'insert': {
      const write = putWrite(config, metadata, entity, now, false, changeSet.attributes, key);
      return done(
        new InsertArg(key.pk, key.sk, write.attributes),
        { ...write, expectedVersion: undefined },
        write.attributes,
      );
    }
    case 'put': {
      const write = putWrite(config, metadata, entity, now, true, changeSet.attributes, key);
      return done(
        new PutArg(key.pk, key.sk, write.attributes, { condition: write.condition }),
        write,
        write.attributes,
      );
    }
    case 'update': {
      const write = updateWrite(config, metadata, entity, changeSet.attributes, now, key);
      const arg = new UpdateArg(key.pk, key.sk, write.changes, {
        condition: allOf(write.condition, changeSet.condition),
        mustExist: true,
      });
      return done(arg, write, write.changes.set as Attributes);
    }
    case 'delete': {
      const expected = versionOf(metadata, entity);
      const condition = allOf(
        expected === undefined ? undefined : versionCondition(config, metadata, expected),
        changeSet.condition,
      );
      return {
        ...done(new DeleteArg(key.pk, key.sk, { condition })),
        expectedVersion: expected,
      };
    }
    case 'conditionCheck':
      return done(new ConditionCheckArg(key.pk, key.sk, changeSet.condition!));
  }
}

/** The conditions AND-ed, leaving out those that are `undefined`. */
function allOf(...conditions: (Condition | undefined)[]): Condition | undefined {
  const given = conditions.filter((c): c is Condition => c !== undefined);
  return given.length <= 1 ? given[0] : and(...given);
}

/** Gives each entity of a successful commit its new version and timestamps. */
export function applyCommitted(persisted: readonly PersistedChangeSet[]): void {
  for (const { changeSet, properties } of persisted) Object.assign(changeSet.entity, properties);
}
