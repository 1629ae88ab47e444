import type { DocumentClientStub } from '../mock/document-client-stub.js';

/**
 * The stub a matcher inspects: the received value itself, or the `stub` of what `mockTable`
 * returned. @throws {TypeError} for anything else.
 */
export function receivedStub(received: unknown, matcherName: string): DocumentClientStub {
  const candidate =
    typeof received === 'object' && received !== null && 'stub' in received
      ? (received as { stub: unknown }).stub
      : received;
  if (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof (candidate as { calls?: unknown }).calls === 'function' &&
    typeof (candidate as { commandCalls?: unknown }).commandCalls === 'function'
  ) {
    return candidate as DocumentClientStub;
  }
  throw new TypeError(
    `${matcherName} expects the aws-sdk-client-mock stub of a DynamoDBDocumentClient, or what mockTable() returns; got ${String(received)}.`,
  );
}
