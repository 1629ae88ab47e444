import type { OptionShape } from '../check-options.js';
import type { Condition } from '../../expressions/condition.js';

/** Options of `Table.put`. */
export interface PutOptions {
  /** Replace an existing item with the same key; `true` by default (`false` is `insert`). */
  readonly allowOverwrite?: boolean;
  /** A condition the existing item (if any) must meet. */
  readonly condition?: Condition;
}

/** What each option of {@link PutOptions} must be, checked at run time. */
export const PUT_OPTION_SHAPE: OptionShape = { allowOverwrite: 'boolean', condition: 'condition' };
