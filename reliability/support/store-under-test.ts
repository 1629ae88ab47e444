import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Attributes, Item, PartitionKey, SortKey, Table, UpdateChanges } from '@dokklib/core';
import { type InMemoryDynamoDB, inMemoryTable } from '@dokklib/testing';
import { createLocalTable, localClient } from '../../packages/core/test/local-table.js';

/**
 * A store that core's `Table` writes to, and a count of the requests it was sent: what
 * the "stored exactly, or refused before sending" cases run against (DynamoDB Local and
 * the in-memory store).
 */
export interface StoreUnderTest {
  readonly name: string;
  /** The table the store is written through (for an entity manager over it). */
  readonly table: Table;
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
  return storeOver('DynamoDB Local', table, sends);
}

/**
 * Core's `Table` over the in-memory store (a mocked document client answered by it). Its
 * count is of the requests that reached the store: those the document client's marshalling
 * let through, as the middleware above counts them for DynamoDB Local.
 */
export function inMemoryStore(): StoreUnderTest {
  const { table, db } = inMemoryTable({ timestamps: false });
  return storeOver('the in-memory store', table, countStoreRequests(db));
}

/** Counts the item operations the store is asked to answer. */
function countStoreRequests(db: InMemoryDynamoDB): () => number {
  let sends = 0;
  for (const operation of ['putItem', 'updateItem', 'getItem'] as const) {
    const answer = db[operation].bind(db) as (input: never) => unknown;
    (db as unknown as Record<string, unknown>)[operation] = (input: never) => {
      sends += 1;
      return answer(input);
    };
  }
  return () => sends;
}

function storeOver(name: string, table: Table, sends: () => number): StoreUnderTest {
  return {
    name,
    table,
    put: (pk, sk, attributes) => table.put(pk, sk, attributes),
    update: (pk, sk, changes) => table.update(pk, sk, changes),
    get: (pk, sk) => table.get(pk, sk, { consistent: true }),
    sends,
  };
}
