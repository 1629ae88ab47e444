import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { Table, type TableOptions } from '../src/index.js';

/** A table over a mocked document client, for unit tests that must not reach DynamoDB. */
export function mockTable(options: Omit<TableOptions, 'client'> = {}) {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    }),
  );
  const mock = mockClient(client);
  const table = new Table('T', { client, ...options });
  return { table, mock };
}

/** A seeded pseudo-random generator in `[0, 1)`, so random subsets are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Counts calls in flight at once, around a fake's body. */
export class InFlight {
  now = 0;
  max = 0;

  async around<T>(body: () => T): Promise<T> {
    this.now += 1;
    this.max = Math.max(this.max, this.now);
    await new Promise((resolve) => setTimeout(resolve, 1));
    try {
      return body();
    } finally {
      this.now -= 1;
    }
  }
}

/** A backoff clock that records delays instead of waiting. */
export function recordingClock(random: () => number = () => 0.9999) {
  const delays: number[] = [];
  return { delays, clock: { random, sleep: async (ms: number) => void delays.push(ms) } };
}

/** A DynamoDB SDK error by name, as the SDK throws it. */
export function sdkError(name: string): Error {
  return Object.assign(new Error(`${name} (simulated)`), { name, $fault: 'client' });
}
