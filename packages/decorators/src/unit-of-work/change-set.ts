import type { Attributes, Condition } from '@dokklib/core';
import { describeEntity, type EntityPrimaryKey } from '../mapping/entity-key.js';
import type { EntityMetadata } from '../metadata/entity-metadata.js';

/** What a change set does to its item. */
export type ChangeSetType = 'insert' | 'put' | 'update' | 'delete' | 'conditionCheck';

/** One action of a commit on one entity's item, before timestamps and versions are stamped. */
export class ChangeSet {
  constructor(
    readonly type: ChangeSetType,
    readonly entity: object,
    readonly metadata: EntityMetadata,
    readonly key: EntityPrimaryKey,
    /** insert/put: every attribute; update: the changed ones (`undefined` removes). */
    readonly attributes: Attributes,
    /**
     * conditionCheck: the condition to check; update/delete: the condition of condition
     * checks folded into it, required besides the version.
     */
    readonly condition?: Condition,
  ) {}

  /** The same change set with this condition. */
  withCondition(condition: Condition): ChangeSet {
    return new ChangeSet(
      this.type,
      this.entity,
      this.metadata,
      this.key,
      this.attributes,
      condition,
    );
  }

  /** The item's key as one string, to find two actions on one item. */
  get itemKey(): string {
    return `${String(this.key.pk)}\u0000${String(this.key.sk)}`;
  }

  /** Names the action and entity: `insert of Membership alice/group2`. */
  toString(): string {
    return `${this.type} of ${describeEntity(this.metadata, this.entity)}`;
  }
}
