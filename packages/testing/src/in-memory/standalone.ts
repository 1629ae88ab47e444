/**
 * `@dokklib/testing/in-memory`: the in-memory DynamoDB for any SDK v3 client, without the
 * mocked-client helpers (no aws-sdk-client-mock, no decorators loaded): the store, its
 * request handler and its HTTP endpoint.
 * @packageDocumentation
 * @module @dokklib/testing/in-memory
 */
export type { DynamoDBOperations } from './dynamodb-operations.js';
export { InMemoryDynamoDB, type InMemoryDynamoDBOptions } from './in-memory-dynamodb.js';
export { Faults, type BatchEntry, type UnprocessedSelector } from './faults/faults.js';
export { DynamoDBSimulationError } from './expressions/index.js';
export {
  inMemoryRequestHandler,
  type InMemoryHttpRequest,
  type InMemoryHttpResponse,
  type InMemoryRequestHandler,
  startInMemoryDynamoDB,
  type InMemoryDynamoDBEndpoint,
  type StartInMemoryDynamoDBOptions,
} from './wire/index.js';
