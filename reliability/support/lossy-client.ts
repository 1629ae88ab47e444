import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { HttpHandler, HttpRequest, HttpResponse } from '@smithy/protocol-http';
import type { Readable } from 'node:stream';
import { localClient } from '../../packages/core/test/local-table.js';

/** A client for DynamoDB Local whose next requests reach DynamoDB but lose their response. */
export interface LossyClient {
  readonly client: DynamoDBClient;
  /** Makes the next `count` requests reach DynamoDB and then fail with a network error. */
  loseResponses(count: number): void;
  /** Requests that reached DynamoDB. */
  readonly sent: () => number;
}

/**
 * A DynamoDB Local client whose HTTP handler (the SDK's own, wrapped) forwards each request
 * and, when told, throws `ECONNRESET` instead of returning DynamoDB's response: the request
 * took effect, the caller cannot know.
 */
export function lossyLocalClient(): LossyClient {
  const base = localClient();
  const inner = base.config.requestHandler as HttpHandler;
  let toLose = 0;
  let sent = 0;
  const handler = {
    async handle(request: HttpRequest, options?: { abortSignal?: AbortSignal }) {
      const output = (await inner.handle(request, options)) as { response: HttpResponse };
      sent += 1;
      if (toLose === 0) return output;
      toLose -= 1;
      (output.response.body as Readable | undefined)?.resume?.();
      throw Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', name: 'Error' });
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => inner.destroy?.(),
  };
  const client = new DynamoDBClient({
    endpoint: process.env.DOKKLIB_DYNAMODB_ENDPOINT,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
    requestHandler: handler,
  });
  return { client, loseResponses: (count) => void (toLose = count), sent: () => sent };
}
