import { startDynamoDBLocal, type DynamoDBLocal } from '../dynamodb-local/index.js';
import { DYNAMODB_ENDPOINT_ENV } from '../integration/dynamodb-endpoint-env.js';

/** Where the shared server is kept between global setup and global teardown. */
const SHARED_SERVER = Symbol.for('@dokklib/testing/shared-dynamodb-local');

type GlobalWithSharedServer = typeof globalThis & { [SHARED_SERVER]?: DynamoDBLocal };

/**
 * Starts the DynamoDB Local shared by a test run and publishes its endpoint in
 * `$DOKKLIB_DYNAMODB_ENDPOINT`, which test workers inherit. Starts nothing if that variable
 * is already set, so a run can use a server started elsewhere.
 */
export async function startSharedDynamoDBLocal(): Promise<void> {
  if (process.env[DYNAMODB_ENDPOINT_ENV]) return;
  const server = await startDynamoDBLocal();
  (globalThis as GlobalWithSharedServer)[SHARED_SERVER] = server;
  process.env[DYNAMODB_ENDPOINT_ENV] = server.endpoint;
}

/** Stops the server started by {@link startSharedDynamoDBLocal}, if any. */
export async function stopSharedDynamoDBLocal(): Promise<void> {
  const shared = globalThis as GlobalWithSharedServer;
  const server = shared[SHARED_SERVER];
  if (server === undefined) return;
  delete shared[SHARED_SERVER];
  delete process.env[DYNAMODB_ENDPOINT_ENV];
  await server.stop();
}
