/**
 * Side-effect entry `@dokklib/testing/jest/setup`: adds dokklib's matchers to jest's
 * `expect` and declares their types. List it in `setupFilesAfterEnv`, not in `globalSetup`
 * (where `expect` does not exist).
 */
// Brings `expect`'s types into the program, so that its `Matchers` can be augmented below.
import type {} from 'expect';
import type { DokklibMatchers } from './dokklib-matcher-types.js';
import { dokklibMatchers } from './dokklib-matchers.js';

const jestExpect = (globalThis as { expect?: { extend(matchers: object): void } }).expect;
if (jestExpect === undefined) {
  throw new Error(
    "@dokklib/testing/jest/setup needs jest's global expect: list it in setupFilesAfterEnv, not globalSetup.",
  );
}
jestExpect.extend(dokklibMatchers);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> extends DokklibMatchers<R> {}
  }
}

declare module 'expect' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> extends DokklibMatchers<R> {}
}
