import { resolveJsSpecifiersToTsSources } from './ts-source-resolution';

/** This repository's jest global teardown: the testing package's, run from its sources. */
export default async function globalTeardown(): Promise<void> {
  resolveJsSpecifiersToTsSources();
  const { default: teardown } = await import('../packages/testing/src/jest/global-teardown');
  await teardown();
}
