import {
  CreateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { mapSdkError } from '../errors/map-sdk-error.js';
import type { BareTable } from '../table/bare-table.js';
import { createTableInput } from './create-table-input.js';
import type { TableSchemaOptions } from './table-schema-options.js';

/** Options of {@link createTable}. */
export interface CreateTableOptions extends TableSchemaOptions {
  /** How long to wait for the table to become active; 120 seconds by default. */
  readonly maxWaitSeconds?: number;
}

/**
 * Creates the table a {@link BareTable} or `Table` describes and waits until it is active (and TTL is on,
 * if asked). For bootstrapping, examples and tests; production tables usually come from
 * infrastructure code with the same shape (see `createTableInput`).
 */
export async function createTable(
  table: BareTable,
  options: CreateTableOptions = {},
): Promise<void> {
  const client = table.client as unknown as DynamoDBClient;
  const input = createTableInput(table.config, options);
  const operation = `creating table ${table.name}`;
  try {
    await client.send(new CreateTableCommand(input));
    await waitUntilTableExists(
      {
        client,
        maxWaitTime: options.maxWaitSeconds ?? 120,
        minDelay: 1,
        maxDelay: 5,
      },
      { TableName: table.name },
    );
    if (options.timeToLiveAttribute !== undefined) {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: table.name,
          TimeToLiveSpecification: {
            AttributeName: options.timeToLiveAttribute,
            Enabled: true,
          },
        }),
      );
    }
  } catch (error) {
    throw mapSdkError(error, { operation, decodeItem: (item) => item });
  }
}
