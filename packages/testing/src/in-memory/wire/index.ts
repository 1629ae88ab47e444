export {
  inMemoryRequestHandler,
  type InMemoryHttpRequest,
  type InMemoryHttpResponse,
  type InMemoryRequestHandler,
} from './in-memory-request-handler.js';
export {
  startInMemoryDynamoDB,
  type InMemoryDynamoDBEndpoint,
  type StartInMemoryDynamoDBOptions,
} from './start-in-memory-dynamodb.js';
