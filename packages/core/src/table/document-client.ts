import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * The document client to send with: the caller's own if it is one, otherwise a document
 * client over the caller's `DynamoDBClient` that drops `undefined` attribute values.
 */
export function toDocumentClient(
  client: DynamoDBClient | DynamoDBDocumentClient,
): DynamoDBDocumentClient {
  if (
    client instanceof DynamoDBDocumentClient ||
    client.constructor.name === 'DynamoDBDocumentClient'
  ) {
    return client as DynamoDBDocumentClient;
  }
  return DynamoDBDocumentClient.from(client as DynamoDBClient, {
    marshallOptions: { removeUndefinedValues: true },
  });
}
