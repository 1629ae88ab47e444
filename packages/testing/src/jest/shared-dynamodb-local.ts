import { startDynamoDBLocal } from '../dynamodb-local/index.js';
import { startInMemoryDynamoDB } from '../in-memory/wire/index.js';
import { DYNAMODB_ENDPOINT_ENV } from '../integration/dynamodb-endpoint-env.js';

/** Where the shared server is kept between global setup and global teardown. */
const SHARED_SERVER = Symbol.for('@dokklib/testing/shared-dynamodb-local');

/**
 * Which server the global setup starts: `in-memory` for the in-memory DynamoDB's endpoint
 * (no Java, started in milliseconds), anything else (or nothing) for DynamoDB Local.
 */
export const TEST_DYNAMODB_ENV = 'DOKKLIB_TEST_DYNAMODB';

/** A server shared by a test run: DynamoDB Local or the in-memory endpoint. */
interface SharedServer {
  readonly endpoint: string;
  stop(): Promise<void>;
}

type GlobalWithSharedServer = typeof globalThis & { [SHARED_SERVER]?: SharedServer };

/**
 * Starts the DynamoDB shared by a test run (DynamoDB Local, or with
 * `$DOKKLIB_TEST_DYNAMODB=in-memory` the in-memory DynamoDB served on 127.0.0.1) and
 * publishes its endpoint in `$DOKKLIB_DYNAMODB_ENDPOINT`, which test workers inherit.
 * Starts nothing if that variable is already set, so a run can use a server started elsewhere.
 */
export async function startSharedDynamoDBLocal(): Promise<void> {
  if (process.env[DYNAMODB_ENDPOINT_ENV]) return;
  const server: SharedServer =
    process.env[TEST_DYNAMODB_ENV] === 'in-memory'
      ? await startInMemoryDynamoDB()
      : await startDynamoDBLocal();
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
