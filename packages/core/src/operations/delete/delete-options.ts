import type { OptionShape } from '../check-options.js';
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

/** What each option of {@link DeleteOptions} must be, checked at run time. */
export const DELETE_OPTION_SHAPE: OptionShape = { idempotent: 'boolean', condition: 'condition' };
