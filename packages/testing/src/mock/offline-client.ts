import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** A client that is never sent with over the network: it lets a `Table` be constructed and mocked. */
export function offlineClient(): DynamoDBClient {
  return new DynamoDBClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'offline', secretAccessKey: 'offline' },
  });
}
