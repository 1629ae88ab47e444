import type { Attributes, TableConfig } from '@dokklib/core';
import { keyValuesOf } from '../mapping/key-change.js';
import { assignAttributes } from '../mapping/merge-attributes.js';
import type { PersistedChangeSet } from './change-set-persister.js';
import type { IdentityMap } from './identity-map.js';

/**
 * Brings the identity map up to a successful commit: a deleted entity is detached; a
 * written one is managed (if no other instance holds its key) with the snapshot of what
 * was written, so that only later changes count. Versions are the entities' own (set before).
 */
export function manageCommitted(
  config: TableConfig,
  identityMap: IdentityMap,
  persisted: readonly PersistedChangeSet[],
): void {
  for (const { changeSet, written } of persisted) {
    const { type, entity, metadata, itemKey } = changeSet;
    if (type === 'conditionCheck') continue;
    const tracked = identityMap.find(entity);
    if (type === 'delete') {
      if (tracked !== undefined) identityMap.delete(tracked);
      const other = identityMap.get(metadata, itemKey);
      if (other !== undefined) identityMap.delete(other);
    } else if (tracked !== undefined) {
      const base = type === 'update' ? tracked.snapshot : {};
      tracked.snapshot = snapshotAfter(config, base, written);
    } else if (identityMap.get(metadata, itemKey) === undefined) {
      const keyValues = keyValuesOf(metadata, entity);
      const snapshot = snapshotAfter(config, {}, written);
      identityMap.set({ entity, metadata, key: itemKey, keyValues, snapshot });
    }
  }
}

/**
 * The snapshot over `base` once `written` is stored, without the table's own timestamp
 * attributes, which no entity holds.
 */
function snapshotAfter(config: TableConfig, base: Attributes, written: Attributes): Attributes {
  const snapshot: Attributes = {};
  assignAttributes(snapshot, base);
  assignAttributes(snapshot, written);
  const { createdAt, updatedAt } = config.timestamps;
  for (const name of [createdAt, updatedAt]) {
    if (name !== undefined && name in snapshot) snapshot[name] = undefined;
  }
  return snapshot;
}
