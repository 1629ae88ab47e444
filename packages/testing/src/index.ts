export * from './dynamodb-local/index.js';
export * from './integration/index.js';
export * from './mock/index.js';
export * from './inspect/index.js';
export * from './in-memory/index.js';
export * from './streams/index.js';
