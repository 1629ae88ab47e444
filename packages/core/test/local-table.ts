import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTable, Table, type TableOptions } from '../src/index.js';

/** A client for the DynamoDB Local that jest's global setup started. */
export function localClient(): DynamoDBClient {
  const endpoint = process.env.DOKKLIB_DYNAMODB_ENDPOINT;
  if (endpoint === undefined) {
    throw new Error('DOKKLIB_DYNAMODB_ENDPOINT is not set: run the tests through jest (npm test).');
  }
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

/** Creates a table with a unique name in DynamoDB Local and returns it. */
export async function createLocalTable(
  options: Omit<TableOptions, 'client'> & {
    client?: TableOptions['client'];
  } = {},
): Promise<Table> {
  const table = new Table(`test-${randomUUID()}`, {
    client: localClient(),
    ...options,
  });
  await createTable(table);
  return table;
}
