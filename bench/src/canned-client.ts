import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { CannedRequestHandler } from './canned-request-handler.js';

/** A client whose every request is answered from memory by `handler`. */
export function cannedClient(handler: CannedRequestHandler): DynamoDBClient {
  return new DynamoDBClient({
    region: 'us-east-1',
    endpoint: 'http://localhost:8000',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    requestHandler: handler,
  });
}
