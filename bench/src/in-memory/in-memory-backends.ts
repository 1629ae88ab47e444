import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { InMemoryDynamoDB, inMemoryRequestHandler, startInMemoryDynamoDB } from '@dokklib/testing';
import { RequestCounter } from '../end-to-end/request-counter.js';

/**
 * A DynamoDB the consumer test runs against, with one client for the whole run (as a test
 * file keeps one): each round makes its own table in it.
 */
export interface Backend {
  readonly name: string;
  readonly client: DynamoDBClient;
  readonly requests: RequestCounter;
  /** Time spent answering requests since the last reset, in ms, where it can be taken apart. */
  readonly answering?: AnsweringTime;
  /** Destroys the client and stops what the backend started. */
  stop(): Promise<void>;
}

/** The time a request handler spent answering (its synchronous work), summed. */
export interface AnsweringTime {
  totalMs(): number;
  reset(): void;
}

const CREDENTIALS = { accessKeyId: 'bench', secretAccessKey: 'bench' };

function backend(
  name: string,
  client: DynamoDBClient,
  stop = async () => {},
  answering?: AnsweringTime,
): Backend {
  return {
    name,
    client,
    requests: RequestCounter.attach(client),
    ...(answering === undefined ? {} : { answering }),
    stop: async () => {
      client.destroy();
      await stop();
    },
  };
}

/**
 * The request handler: one in-memory DynamoDB, answered in-process; the time it spends
 * answering (parsing, the store, the response) is summed apart from the client's.
 */
export function handlerBackend(): Backend {
  const inner = inMemoryRequestHandler(new InMemoryDynamoDB());
  let answeringMs = 0;
  const requestHandler: typeof inner = {
    ...inner,
    handle: (request) => {
      const started = performance.now();
      const answer = inner.handle(request); // answers synchronously; the promise is settled
      answeringMs += performance.now() - started;
      return answer;
    },
  };
  const client = new DynamoDBClient({
    region: 'us-east-1',
    credentials: CREDENTIALS,
    requestHandler,
  });
  const answering = { totalMs: () => answeringMs, reset: () => (answeringMs = 0) };
  return backend('in-memory request handler', client, async () => {}, answering);
}

/** The in-memory endpoint over loopback HTTP. */
export async function endpointBackend(): Promise<Backend> {
  const server = await startInMemoryDynamoDB();
  const client = new DynamoDBClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: CREDENTIALS,
  });
  return backend('in-memory endpoint (HTTP)', client, () => server.stop());
}

/** DynamoDB Local over loopback HTTP (already running). */
export function localBackend(endpoint: string): Backend {
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: CREDENTIALS });
  return backend('DynamoDB Local (HTTP)', client);
}
