import type { EntityClass, KeyOf } from '@dokklib/decorators';
import type { ExpectedAction } from '../inspect/expected-action.js';

/**
 * The types of dokklib's matchers on `expect(stub)` (or `expect(mockTable())`), merged into
 * jest's `Matchers` by `@dokklib/testing/jest/setup`.
 */
export interface DokklibMatchers<R> {
  /** Some committed unit of work consists of exactly these actions, in any order. */
  toHaveCommitted(actions: readonly ExpectedAction[]): R;
  /** An insert of this entity (matched partially) was sent, alone, batched or in a transaction. */
  toHaveInserted(entity: object): R;
  /** A put of this entity (matched partially) that may replace the item was sent. */
  toHavePut(entity: object): R;
  /** A delete of this entity's item was sent. */
  toHaveDeleted(entity: object): R;
  /** A delete of the item of this class and key was sent. */
  toHaveDeleted<T extends object>(entityClass: EntityClass<T>, key: KeyOf<T>): R;
  /** An update of the item of this class and key was sent, changing these properties (if given). */
  toHaveUpdated<T extends object>(
    entityClass: EntityClass<T>,
    key: KeyOf<T>,
    changes?: Partial<T>,
  ): R;
  /** An update of this entity's item was sent, changing these properties (if given) to these values. */
  toHaveUpdated<T extends object>(entity: T, changes?: Partial<T>): R;
}
