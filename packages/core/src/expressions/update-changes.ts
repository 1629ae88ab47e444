import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { AttributePath } from './attribute-path.js';
import type { UpdateFunction } from './update-action.js';

/** A number to add, or a set whose elements to add. */
export type AddValue = number | bigint | Set<string> | Set<number> | Set<bigint> | Set<Uint8Array>;

/** A set whose elements to remove. */
export type DeleteValue = Set<string> | Set<number> | Set<bigint> | Set<Uint8Array>;

/**
 * What an update changes. Keys of `set`, `add` and `delete` are top-level attribute names,
 * taken literally.
 */
export interface UpdateChanges {
  /** Attributes to set. A value of `undefined` removes the attribute. */
  readonly set?: Readonly<Record<string, NativeAttributeValue | UpdateFunction>>;
  /** Attributes (or nested paths) to remove. */
  readonly remove?: readonly AttributePath[];
  /** Numbers to add to (created as the number if missing), or elements to add to a set. */
  readonly add?: Readonly<Record<string, AddValue>>;
  /** Elements to remove from a set attribute. */
  readonly delete?: Readonly<Record<string, DeleteValue>>;
}
