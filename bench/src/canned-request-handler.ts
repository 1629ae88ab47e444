import type { HttpHandler, HttpRequest } from '@smithy/protocol-http';
import { HttpResponse } from '@smithy/protocol-http';
import { QUERY_PAGE_SIZE, cannedItem } from './canned-item.js';

/** The canned response bodies, by DynamoDB operation (the `x-amz-target` suffix). */
function cannedBodies(): Record<string, string> {
  const items = Array.from({ length: QUERY_PAGE_SIZE }, (_, i) => cannedItem(`user${i}`));
  return {
    PutItem: '{}',
    UpdateItem: '{}',
    TransactWriteItems: '{}',
    GetItem: JSON.stringify({ Item: cannedItem('alice') }),
    Query: JSON.stringify({ Items: items, Count: items.length, ScannedCount: items.length }),
  };
}

/**
 * An SDK `requestHandler` that answers every DynamoDB request from memory with a canned,
 * well-formed response chosen by its `x-amz-target` header. The SDK still serialises,
 * signs and parses, so what is measured is the CPU a call costs without the network.
 * @throws {Error} for an operation it has no response for.
 */
export class CannedRequestHandler implements HttpHandler {
  private readonly bodies = new Map(
    Object.entries(cannedBodies()).map(([op, body]) => [op, Buffer.from(body)]),
  );
  /** Requests answered, by operation. */
  readonly counts = new Map<string, number>();

  /** Answers one request. */
  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const operation = (request.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    const body = this.bodies.get(operation);
    if (body === undefined) throw new Error(`No canned response for "${operation}".`);
    this.counts.set(operation, (this.counts.get(operation) ?? 0) + 1);
    return {
      response: new HttpResponse({
        statusCode: 200,
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'content-length': String(body.length),
        },
        body: new Uint8Array(body),
      }),
    };
  }

  /** Nothing to configure. */
  updateHttpClientConfig(): void {}

  /** No configuration. */
  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
}
