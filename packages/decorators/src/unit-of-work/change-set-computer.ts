import {
  and,
  assignAttribute,
  type Attributes,
  type Condition,
  type TableConfig,
} from '@dokklib/core';
import { primaryKeyOf } from '../mapping/entity-key.js';
import { entityToAttributes } from '../mapping/entity-to-item.js';
import { checkKeyAsLoaded } from '../mapping/key-change.js';
import { metadataOf } from '../metadata/metadata-registry.js';
import { canonical } from './canonical.js';
import { ChangeSet, type ChangeSetType } from './change-set.js';
import type { IdentityMap, TrackedEntity } from './identity-map.js';

/** An action registered explicitly with the unit of work. */
export interface RegisteredAction {
  readonly type: ChangeSetType;
  readonly entity: object;
  readonly condition?: Condition;
}

/**
 * Computes the change sets of a commit: the registered actions in order, then an update
 * of every other tracked entity whose stored attributes differ from its snapshot. An
 * update of a tracked entity writes only what changed; of an untracked one, everything.
 * Condition checks of an item that is also updated or deleted are folded into that write.
 * @throws {KeyChangeError} if a tracked entity's key properties changed since it was loaded.
 */
export function computeChangeSets(
  config: TableConfig,
  actions: readonly RegisteredAction[],
  identityMap: IdentityMap,
): ChangeSet[] {
  const trackedEntities = identityMap.values();
  for (const tracked of trackedEntities) {
    checkKeyAsLoaded(tracked.metadata, tracked.entity, tracked.keyValues);
  }
  const changeSets: ChangeSet[] = [];
  const handled = new Set<object>();
  for (const action of actions) {
    // A condition check writes nothing: the entity's own changes are still to be written.
    if (action.type !== 'conditionCheck') handled.add(action.entity);
    const changeSet = registeredChangeSet(config, action, identityMap.find(action.entity));
    if (changeSet !== undefined) changeSets.push(changeSet);
  }
  for (const tracked of trackedEntities) {
    if (handled.has(tracked.entity)) continue;
    const changeSet = trackedUpdate(config, tracked);
    if (changeSet !== undefined) changeSets.push(changeSet);
  }
  return changeSets.some((c) => c.type === 'conditionCheck')
    ? foldConditionChecks(changeSets)
    : changeSets;
}

/**
 * DynamoDB takes one action per item: the condition checks of an item become part of its
 * update or delete (or of its first condition check), AND-ed in order. Checks of an item
 * that is inserted or put are left alone, to be refused as two actions on one item.
 */
function foldConditionChecks(changeSets: readonly ChangeSet[]): ChangeSet[] {
  const hosts = new Map<string, ChangeSet>();
  const checks = new Map<string, Condition[]>();
  for (const changeSet of changeSets) {
    const { itemKey, type } = changeSet;
    const host = hosts.get(itemKey);
    if (type === 'conditionCheck') {
      checks.set(itemKey, [...(checks.get(itemKey) ?? []), changeSet.condition!]);
      if (host === undefined) hosts.set(itemKey, changeSet);
    } else if ((type === 'update' || type === 'delete') && !writes(host)) {
      hosts.set(itemKey, changeSet);
    }
  }
  const folded: ChangeSet[] = [];
  for (const changeSet of changeSets) {
    const host = hosts.get(changeSet.itemKey);
    const conditions = checks.get(changeSet.itemKey);
    if (host === changeSet && conditions !== undefined) {
      folded.push(
        changeSet.withCondition(conditions.length === 1 ? conditions[0]! : and(...conditions)),
      );
    } else if (changeSet.type !== 'conditionCheck') {
      folded.push(changeSet);
    }
  }
  return folded;
}

function writes(changeSet: ChangeSet | undefined): boolean {
  return changeSet?.type === 'update' || changeSet?.type === 'delete';
}

function registeredChangeSet(
  config: TableConfig,
  action: RegisteredAction,
  tracked: TrackedEntity | undefined,
): ChangeSet | undefined {
  const metadata = metadataOf(action.entity);
  const key = primaryKeyOf(metadata, action.entity);
  switch (action.type) {
    case 'insert':
    case 'put':
      return new ChangeSet(
        action.type,
        action.entity,
        metadata,
        key,
        entityToAttributes(config, metadata, action.entity),
      );
    case 'update':
      return tracked === undefined
        ? new ChangeSet(
            'update',
            action.entity,
            metadata,
            key,
            writableAttributes(config, action.entity),
          )
        : trackedUpdate(config, tracked);
    case 'delete':
      return new ChangeSet('delete', action.entity, metadata, key, {});
    case 'conditionCheck':
      return new ChangeSet('conditionCheck', action.entity, metadata, key, {}, action.condition);
  }
}

function trackedUpdate(config: TableConfig, tracked: TrackedEntity): ChangeSet | undefined {
  const current = writableAttributes(config, tracked.entity);
  const before = withoutStamps(tracked, tracked.snapshot);
  const changed: Attributes = {};
  for (const name of new Set([...Object.keys(before), ...Object.keys(current)])) {
    if (canonical(current[name]) !== canonical(before[name])) changed[name] = current[name];
  }
  if (Object.keys(changed).length === 0) return undefined;
  const key = primaryKeyOf(tracked.metadata, tracked.entity);
  return new ChangeSet('update', tracked.entity, tracked.metadata, key, changed);
}

/** The attributes an update may write: all stored ones but the version and timestamps. */
function writableAttributes(config: TableConfig, entity: object): Attributes {
  const metadata = metadataOf(entity);
  const attributes = entityToAttributes(config, metadata, entity);
  return withoutStamps({ metadata }, attributes);
}

function withoutStamps(
  tracked: Pick<TrackedEntity, 'metadata'>,
  attributes: Attributes,
): Attributes {
  const { version, createdAt, updatedAt } = tracked.metadata;
  const result: Attributes = {};
  // A copy without them rather than `delete`, which would leave a slow (dictionary) object.
  for (const name of Object.keys(attributes)) {
    if (name !== version?.name && name !== createdAt?.name && name !== updatedAt?.name) {
      assignAttribute(result, name, attributes[name]);
    }
  }
  return result;
}
