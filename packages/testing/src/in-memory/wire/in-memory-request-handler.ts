import type { DynamoDBOperations } from '../dynamodb-operations.js';
import { answerRequest } from './answer-request.js';

/** The parts of the SDK's HTTP request the handler reads. */
export interface InMemoryHttpRequest {
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

/** The SDK's HTTP response, as the handler gives it (the body its bytes, which the SDK reads at once). */
export interface InMemoryHttpResponse {
  readonly statusCode: number;
  readonly reason?: string;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/**
 * An AWS SDK v3 HTTP handler answered in-process by an in-memory DynamoDB: pass it as a
 * `DynamoDBClient`'s `requestHandler`. The SDK's serialisation, middleware, retries and
 * error parsing run as against AWS; only the network is left out.
 */
export interface InMemoryRequestHandler {
  /** Answers one request (what the SDK calls for each attempt). */
  handle(request: InMemoryHttpRequest): Promise<{ response: InMemoryHttpResponse }>;
  /** The SDK's handler configuration hooks: there is nothing to configure. */
  updateHttpClientConfig(key: never, value: never): void;
  /** The SDK's handler configuration hooks: an empty configuration. */
  httpHandlerConfigs(): Record<string, never>;
  /** Nothing to release (no sockets). */
  destroy(): void;
}

/**
 * An HTTP handler for SDK v3 clients that answers DynamoDB's JSON protocol (by
 * `x-amz-target`) from `db`, in-process:
 * `new DynamoDBClient({ region, credentials, requestHandler: inMemoryRequestHandler(db) })`.
 * Any client that speaks DynamoDB through an SDK v3 client works over it: the low-level
 * client, the document client with its own marshalling options, other libraries.
 */
export function inMemoryRequestHandler(db: DynamoDBOperations): InMemoryRequestHandler {
  return {
    handle: async (request) => {
      const answer = answerRequest(
        db,
        header(request.headers, 'x-amz-target'),
        bodyText(request.body),
      );
      const response: InMemoryHttpResponse = {
        statusCode: answer.statusCode,
        headers: answer.headers,
        body: UTF8_ENCODER.encode(answer.body),
      };
      return { response };
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
    destroy: () => undefined,
  };
}

function header(headers: Record<string, string>, name: string): string | undefined {
  if (headers[name] !== undefined) return headers[name];
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : headers[key];
}

const UTF8 = new TextDecoder();
const UTF8_ENCODER = new TextEncoder();

function bodyText(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  // The SDK's JSON body may be bytes that also act as text: read as bytes, as a socket would.
  if (body instanceof Uint8Array) return UTF8.decode(body);
  throw new TypeError('The in-memory DynamoDB reads request bodies given as text or bytes');
}
