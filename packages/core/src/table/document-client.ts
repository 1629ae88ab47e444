import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { losslessNumber } from '../items/lossless-number.js';

/**
 * The document client to send with: the caller's own if it is one, otherwise a document
 * client over the caller's `DynamoDBClient` that drops `undefined` attribute values and
 * reads numbers losslessly (see {@link losslessNumber}).
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
    unmarshallOptions: { wrapNumbers: losslessNumber },
  });
}
