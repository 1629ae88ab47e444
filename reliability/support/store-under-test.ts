import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Attributes, Item, PartitionKey, SortKey, UpdateChanges } from '@dokklib/core';
import { createLocalTable, localClient } from '../../packages/core/test/local-table.js';

/**
 * A store that core's `Table` writes to, and a count of the requests it was sent: what
 * the "stored exactly, or refused before sending" cases run against. A second store (the
 * in-memory one) plugs in as one more factory in the list of the suite.
 */
export interface StoreUnderTest {
  readonly name: string;
  put(pk: PartitionKey, sk: SortKey, attributes: Attributes): Promise<void>;
  update(pk: PartitionKey, sk: SortKey, changes: UpdateChanges): Promise<unknown>;
  get(pk: PartitionKey, sk: SortKey): Promise<Item | undefined>;
  /** Requests that reached the HTTP layer so far (marshalling passed). */
  sends(): number;
}

/** Counts the requests a client sends: a middleware at the last step before the network. */
export function countSends(client: DynamoDBClient): () => number {
  let sends = 0;
  client.middlewareStack.add(
    (next) => (args) => {
      sends += 1;
      return next(args);
    },
    { step: 'finalizeRequest', name: 'dokklibCountSends' },
  );
  return () => sends;
}

/** Core's `Table` over DynamoDB Local, without timestamps (the item is what was written). */
export async function dynamoDBLocalStore(): Promise<StoreUnderTest> {
  const client = localClient();
  const sends = countSends(client);
  const table = await createLocalTable({ client, timestamps: false });
  return {
    name: 'DynamoDB Local',
    put: (pk, sk, attributes) => table.put(pk, sk, attributes),
    update: (pk, sk, changes) => table.update(pk, sk, changes),
    get: (pk, sk) => table.get(pk, sk, { consistent: true }),
    sends,
  };
}
