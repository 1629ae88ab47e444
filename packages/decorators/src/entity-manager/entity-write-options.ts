import { and, type Condition } from '@dokklib/core';

/** Options of `EntityManager.update` and `delete`. */
export interface EntityWriteOptions {
  /** A condition the item must meet too, e.g. `where(User).prop('email').exists()`. */
  readonly condition?: Condition;
}

/** The conditions given, all required: `undefined` for none. */
export function allOf(...conditions: (Condition | undefined)[]): Condition | undefined {
  const given = conditions.filter((c): c is Condition => c !== undefined);
  return given.length <= 1 ? given[0] : and(...given);
}
