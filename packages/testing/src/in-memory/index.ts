export * from './standalone.js';
export { inMemoryTable, type InMemoryTable, type InMemoryTableOptions } from './in-memory-table.js';
export { attachInMemoryDynamoDB } from './adapter/attach-in-memory-dynamodb.js';
