import type { OptionShape } from '../check-options.js';
import type { Condition } from '../../expressions/condition.js';

/** What `Table.update` returns: DynamoDB's `ReturnValues`. */
export type UpdateReturnValues = 'NONE' | 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW';

/** Options of `Table.update`. */
export interface UpdateOptions {
  /** A condition the item must meet for the update to apply. */
  readonly condition?: Condition;
  /** Fail with `ConditionalCheckFailedError` if the item does not exist, rather than create it. */
  readonly mustExist?: boolean;
  /** Which attributes to return; `'NONE'` by default. */
  readonly returnValues?: UpdateReturnValues;
}

/** What each option of {@link UpdateOptions} must be, checked at run time. */
export const UPDATE_OPTION_SHAPE: OptionShape = {
  condition: 'condition',
  mustExist: 'boolean',
  returnValues: ['NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'],
};

/** What each part of an update's changes must be, checked at run time. */
export const UPDATE_CHANGES_SHAPE: OptionShape = {
  set: 'record',
  remove: 'paths',
  add: 'record',
  delete: 'record',
};
