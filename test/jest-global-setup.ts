import { noticeNodeVersionOnce } from './node-version-notice';
import { resolveJsSpecifiersToTsSources } from './ts-source-resolution';

/** This repository's jest global setup: the testing package's, run from its sources. */
export default async function globalSetup(): Promise<void> {
  noticeNodeVersionOnce();
  resolveJsSpecifiersToTsSources();
  const { default: setup } = await import('../packages/testing/src/jest/global-setup');
  await setup();
}
