import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** What every example is given: a client, a table that exists, and where to print. */
export interface ExampleContext {
  readonly client: DynamoDBClient;
  readonly tableName: string;
  readonly log: (line: string) => void;
}
