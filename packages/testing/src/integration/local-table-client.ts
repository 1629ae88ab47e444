import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomBytes } from 'node:crypto';
import { createDynamoDBLocalClient } from '../dynamodb-local/create-dynamodb-local-client.js';
import { DYNAMODB_ENDPOINT_ENV } from './dynamodb-endpoint-env.js';
import { EndpointNotSetError } from './endpoint-not-set-error.js';

/**
 * Creates a `DynamoDBClient` for the DynamoDB Local shared by this test run, found in
 * `$DOKKLIB_DYNAMODB_ENDPOINT`. Each call makes a new client; `destroy()` it when done.
 * @throws {EndpointNotSetError} if the variable is not set.
 */
export function localDynamoDBClient(env: NodeJS.ProcessEnv = process.env): DynamoDBClient {
  const endpoint = env[DYNAMODB_ENDPOINT_ENV];
  if (!endpoint) throw new EndpointNotSetError();
  return createDynamoDBLocalClient(endpoint);
}

/**
 * Makes a table name that no other test file uses: `prefix`, a dash and 12 random hex digits.
 * Use a prefix of letters, digits, `_`, `-` or `.` that keeps the name within 255 characters.
 */
export function uniqueTableName(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}
