export type { DynamoDBOperations } from './dynamodb-operations.js';
export { InMemoryDynamoDB, type InMemoryDynamoDBOptions } from './in-memory-dynamodb.js';
export { inMemoryTable, type InMemoryTable, type InMemoryTableOptions } from './in-memory-table.js';
export { attachInMemoryDynamoDB } from './adapter/attach-in-memory-dynamodb.js';
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
