import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { InMemoryDynamoDB } from '../in-memory-dynamodb.js';
import { answerRequest } from './answer-request.js';

/** Options of {@link startInMemoryDynamoDB}. */
export interface StartInMemoryDynamoDBOptions {
  /** The port on 127.0.0.1 to listen on; a free one by default. */
  readonly port?: number;
  /** The store to serve; a new one by default. */
  readonly db?: InMemoryDynamoDB;
}

/** A running in-memory DynamoDB endpoint, from {@link startInMemoryDynamoDB}. */
export interface InMemoryDynamoDBEndpoint {
  /** Its URL, `http://127.0.0.1:<port>`: for the AWS CLI (`--endpoint-url`), other processes and languages. */
  readonly endpoint: string;
  /** The TCP port it listens on. */
  readonly port: number;
  /** The store it serves, to inspect items or inject faults. */
  readonly db: InMemoryDynamoDB;
  /** A `DynamoDBClient` for the endpoint (region `us-east-1`, placeholder credentials). */
  readonly client: DynamoDBClient;
  /** Stops serving and closes open connections and the client. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Serves an in-memory DynamoDB over HTTP on the loopback interface, in DynamoDB's JSON
 * protocol, for clients outside this process or that need an endpoint URL.
 */
export async function startInMemoryDynamoDB(
  options: StartInMemoryDynamoDBOptions = {},
): Promise<InMemoryDynamoDBEndpoint> {
  const db = options.db ?? new InMemoryDynamoDB();
  const server = createServer((request, response) => {
    readBody(request).then(
      (body) => {
        const target = request.headers['x-amz-target'];
        const answer = answerRequest(db, typeof target === 'string' ? target : undefined, body);
        response.writeHead(answer.statusCode, answer.headers).end(answer.body);
      },
      () => response.destroy(),
    );
  });
  const port = await listen(server, options.port ?? 0);
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'in-memory', secretAccessKey: 'in-memory' },
  });
  let stopped: Promise<void> | undefined;
  return {
    endpoint,
    port,
    db,
    client,
    stop: () => {
      client.destroy();
      return (stopped ??= close(server));
    },
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
