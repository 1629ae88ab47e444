import type { Item } from '@dokklib/core';
import type { EntityClass } from '@dokklib/decorators';

/** What every decoded write tells about the item it writes. */
export interface DecodedWrite {
  /** The entity class, from `_type` or else the key's prefixes; `undefined` if none or several fit. */
  readonly entityClass: EntityClass | undefined;
  /** The key properties, when the class is known: `{ user: 'alice', group: 'g1' }`. */
  readonly key: Readonly<Record<string, unknown>> | undefined;
  /** The primary key attributes as sent: `{ PK: 'USER#alice', SK: 'GROUP#g1' }`. */
  readonly itemKey: Item;
  /** The condition with names and values in place (`version = 3`); `undefined` if none. */
  readonly condition: string | undefined;
}

/**
 * A put of a whole entity: `insert` when it must not exist yet (condition
 * `attribute_not_exists(<partition key>)`, as `insert` sends, and as the first `put` of a
 * `@Version` entity does too), otherwise `put`.
 */
export interface EntityPutAction extends DecodedWrite {
  readonly action: 'insert' | 'put';
  /** The entity read back from the item; `undefined` if its `_type` names no entity class. */
  readonly entity: object | undefined;
  /** The item as sent. */
  readonly item: Item;
}

/** An update as sent, in attribute names; values of SET functions are `{ expression }`. */
export interface SentUpdate {
  readonly set: Readonly<Record<string, unknown>>;
  readonly remove: readonly string[];
  readonly add: Readonly<Record<string, unknown>>;
  readonly delete: Readonly<Record<string, unknown>>;
}

/** An update of some attributes of an item. */
export interface EntityUpdateAction extends DecodedWrite {
  readonly action: 'update';
  /**
   * New property values (`undefined` for removed ones), `Date`s and `Set`s restored, for the
   * stored properties of a known class (version and timestamps included); by attribute name
   * when the class is unknown.
   */
  readonly changes: Readonly<Record<string, unknown>>;
  /** The update expression decoded, in attribute names. */
  readonly update: SentUpdate;
}

/** A delete of an item. */
export interface EntityDeleteAction extends DecodedWrite {
  readonly action: 'delete';
}

/** A condition a transaction requires on an item it does not write. */
export interface EntityConditionCheckAction extends DecodedWrite {
  readonly action: 'conditionCheck';
}

/** One write request, or one action of a transaction, in entity terms. */
export type EntityAction =
  EntityPutAction | EntityUpdateAction | EntityDeleteAction | EntityConditionCheckAction;
