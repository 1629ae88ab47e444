import { toHaveCommitted } from './to-have-committed.js';
import { toHaveDeleted, toHaveInserted, toHavePut, toHaveUpdated } from './to-have-written.js';

/**
 * dokklib's jest matchers as plain functions, for `expect.extend(dokklibMatchers)`; or
 * import `@dokklib/testing/jest/setup`, which does that and declares their types.
 */
export const dokklibMatchers = {
  toHaveCommitted,
  toHaveInserted,
  toHavePut,
  toHaveDeleted,
  toHaveUpdated,
};
