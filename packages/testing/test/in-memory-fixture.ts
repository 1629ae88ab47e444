import type { AttributeValue, CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { createTableInput, Table } from '@dokklib/core';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { InMemoryDynamoDB } from '../src/in-memory/in-memory-dynamodb.js';

/** The table name of {@link dbWithTable}. */
export const T = 'items';

/** The `CreateTable` input core's `createTableInput` gives for a default `Table` named `T`. */
export function coreTableInput(): CreateTableCommandInput {
  const table = new Table(T, {
    client: new DynamoDBClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    }),
  });
  return createTableInput(table.config);
}

/** An in-memory DynamoDB with the table `T` (PK/SK, inverse index GSI_1). */
export function dbWithTable(clock?: () => Date): InMemoryDynamoDB {
  const db = new InMemoryDynamoDB({ clock });
  db.createTable(coreTableInput());
  return db;
}

/** A string attribute value. */
export const S = (value: string): AttributeValue => ({ S: value });

/** A number attribute value. */
export const N = (value: number | string): AttributeValue => ({ N: String(value) });

/** Puts items of `{ PK, SK, ...numbers }` into `T`. */
export function putAll(
  db: InMemoryDynamoDB,
  items: readonly Record<string, string | number>[],
): void {
  for (const item of items) {
    db.putItem({
      TableName: T,
      Item: Object.fromEntries(
        Object.entries(item).map(([name, value]) => [
          name,
          typeof value === 'number' ? N(value) : S(value),
        ]),
      ),
    });
  }
}

/** The error a function throws, for asserting on its `name` and `message`. */
export function thrown(run: () => unknown): Error & Record<string, unknown> {
  try {
    run();
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected an error');
}
