import type { Condition } from '../../expressions/condition.js';

/** Options of `Table.delete`. */
export interface DeleteOptions {
  /**
   * `true` (default): deleting a missing item succeeds. `false`: it fails with
   * `ConditionalCheckFailedError`.
   */
  readonly idempotent?: boolean;
  /** A condition the item must meet to be deleted. */
  readonly condition?: Condition;
}
