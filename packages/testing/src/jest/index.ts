/**
 * @dokklib/testing/jest: the jest matchers and the global setup and teardown that share one
 * DynamoDB Local (or the in-memory endpoint) per run.
 * @packageDocumentation
 * @module @dokklib/testing/jest
 */
export { default as globalSetup } from './global-setup.js';
export { default as globalTeardown } from './global-teardown.js';
export { startSharedDynamoDBLocal, stopSharedDynamoDBLocal } from './shared-dynamodb-local.js';
export { dokklibMatchers } from './dokklib-matchers.js';
export type { DokklibMatchers } from './dokklib-matcher-types.js';
export type { MatcherContext, MatcherResult } from './matcher-context.js';
