export * from './dynamodb-local/index.js';
export * from './integration/index.js';
