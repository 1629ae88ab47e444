/**
 * @dokklib/testing: mocked clients with entity-aware stubs, an in-memory DynamoDB for any
 * SDK v3 client, and DynamoDB Local for integration tests.
 * @packageDocumentation
 * @module @dokklib/testing
 */
export * from './dynamodb-local/index.js';
export * from './integration/index.js';
export * from './mock/index.js';
export * from './inspect/index.js';
export * from './in-memory/index.js';
export * from './streams/index.js';
