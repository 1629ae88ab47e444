export { default as globalSetup } from './global-setup.js';
export { default as globalTeardown } from './global-teardown.js';
export { startSharedDynamoDBLocal, stopSharedDynamoDBLocal } from './shared-dynamodb-local.js';
