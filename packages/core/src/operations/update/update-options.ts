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
