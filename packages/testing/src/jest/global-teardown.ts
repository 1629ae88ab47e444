import { stopSharedDynamoDBLocal } from './shared-dynamodb-local.js';

/** Jest `globalTeardown`: stops the DynamoDB Local started by this module's `globalSetup`. */
export default async function globalTeardown(): Promise<void> {
  await stopSharedDynamoDBLocal();
}
