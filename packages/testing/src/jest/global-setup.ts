import { startSharedDynamoDBLocal } from './shared-dynamodb-local.js';

/**
 * Jest `globalSetup`: starts one DynamoDB Local for the whole run (or, with
 * `DOKKLIB_TEST_DYNAMODB=in-memory`, the in-memory DynamoDB's endpoint) and puts its
 * endpoint in `$DOKKLIB_DYNAMODB_ENDPOINT` (or uses the server already named there). Pair
 * it with this module's `globalTeardown`.
 */
export default async function globalSetup(): Promise<void> {
  await startSharedDynamoDBLocal();
}
