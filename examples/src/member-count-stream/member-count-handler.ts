import type { Table } from '@dokklib/core';
import {
  ENTITY_TYPE_ATTRIBUTE,
  entityChanges,
  entityMetadata,
  isChangeOf,
  primaryKeyOf,
  type StreamEvent,
} from '@dokklib/decorators';
import { GroupMember, GroupStats } from './group-member.js';

/** What one call of the handler did. */
export interface MemberCountResult {
  /** The groups whose count changed, and by how much. */
  readonly deltas: Readonly<Record<string, number>>;
  /** The records that are not memberships, with why (logged, not lost). */
  readonly skipped: readonly string[];
}

/**
 * A DynamoDB Streams Lambda handler keeping each group's member count: a membership
 * inserted adds one, removed takes one, with one atomic `ADD` per group and batch.
 * Streams deliver a record at least once: a handler that must count exactly once would
 * also record the `eventID`s it applied.
 */
export function memberCountHandler(
  table: Table,
): (event: StreamEvent) => Promise<MemberCountResult> {
  const stats = entityMetadata(GroupStats);
  return async (event) => {
    const deltas: Record<string, number> = {};
    const skipped: string[] = [];
    for (const change of entityChanges(table, event, [GroupMember, GroupStats])) {
      if (change.kind === 'unknown')
        skipped.push(`${change.eventName} ${JSON.stringify(change.keys)}: ${change.reason}`);
      if (!isChangeOf(change, GroupMember)) continue;
      const member = change.newEntity ?? change.oldEntity;
      const delta = change.eventName === 'INSERT' ? 1 : change.eventName === 'REMOVE' ? -1 : 0;
      if (member !== undefined && delta !== 0)
        deltas[member.group] = (deltas[member.group] ?? 0) + delta;
    }
    for (const [group, delta] of Object.entries(deltas)) {
      const { pk, sk } = primaryKeyOf(stats, { group });
      // The type attribute too, so the entity manager reads the counter as a GroupStats.
      await table.update(pk, sk, {
        add: { members: delta },
        set: { [ENTITY_TYPE_ATTRIBUTE]: stats.name.name },
      });
    }
    return { deltas, skipped };
  };
}
