import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';

/** Region used for DynamoDB Local; any valid region works, it only scopes the data. */
export const DYNAMODB_LOCAL_REGION = 'us-east-1';

/** Dummy credentials accepted by DynamoDB Local (v2 requires alphanumeric key ids). */
export const DYNAMODB_LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * Creates a `DynamoDBClient` for a DynamoDB Local `endpoint`, with a fixed region and dummy
 * credentials unless `config` overrides them. The caller owns it and should `destroy()` it.
 */
export function createDynamoDBLocalClient(
  endpoint: string,
  config: Omit<DynamoDBClientConfig, 'endpoint'> = {},
): DynamoDBClient {
  return new DynamoDBClient({
    region: DYNAMODB_LOCAL_REGION,
    credentials: DYNAMODB_LOCAL_CREDENTIALS,
    ...config,
    endpoint,
  });
}
