import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTable, Table } from '@dokklib/core';
import { randomBytes } from 'node:crypto';
import { RequestCounter } from './request-counter.js';

/** One side's table in DynamoDB Local: its own client, and a counter of its requests. */
export interface BenchTable {
  readonly name: string;
  /** The raw document client (for the raw side). */
  readonly documentClient: DynamoDBDocumentClient;
  /** The core table over its own client (for our side). */
  readonly table: Table;
  readonly requests: RequestCounter;
  /** Deletes the table and destroys the client. */
  drop(): Promise<void>;
}

/** A client for DynamoDB Local at `endpoint`, with the SDK's default retries. */
export function localClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
}

/** Creates a fresh, uniquely named table (PK, SK and the inverse index) in DynamoDB Local. */
export async function createBenchTable(endpoint: string, prefix: string): Promise<BenchTable> {
  const client = localClient(endpoint);
  const requests = RequestCounter.attach(client);
  const name = `bench-${prefix}-${randomBytes(6).toString('hex')}`;
  const table = new Table(name, { client });
  await createTable(table);
  requests.reset();
  return {
    name,
    documentClient: DynamoDBDocumentClient.from(client),
    table,
    requests,
    drop: async () => {
      await client.send(new DeleteTableCommand({ TableName: name }));
      client.destroy();
    },
  };
}
