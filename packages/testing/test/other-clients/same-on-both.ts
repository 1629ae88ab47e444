import {
  type CreateTableCommandInput,
  CreateTableCommand,
  DeleteTableCommand,
  DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { InMemoryDynamoDB } from '../../src/in-memory/in-memory-dynamodb.js';
import { inMemoryRequestHandler } from '../../src/in-memory/wire/in-memory-request-handler.js';
import { localDynamoDBClient, uniqueTableName } from '../../src/integration/local-table-client.js';
import { normalise } from '../differential/differential-runner.js';

/** A client of one of the two DynamoDBs a scenario runs on, and the table made for it. */
export interface Backend {
  readonly client: DynamoDBClient;
  readonly document: DynamoDBDocumentClient;
  readonly tableName: string;
}

/** A scenario: named steps, run in order on one backend. */
export type Scenario = (backend: Backend) => Record<string, () => Promise<unknown>>;

/** A table `pk`/`sk` (strings) with a GSI `gsi1` on `gsi1pk`/`gsi1sk`, as both libraries' docs lay out. */
export function singleTable(name: string): CreateTableCommandInput {
  const names = ['pk', 'sk', 'gsi1pk', 'gsi1sk'];
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: names.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: 'gsi1',
        KeySchema: [
          { AttributeName: 'gsi1pk', KeyType: 'HASH' },
          { AttributeName: 'gsi1sk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}

/** A client answered in-process by a fresh in-memory DynamoDB, through the request handler. */
export function inMemoryClient(): DynamoDBClient {
  return new DynamoDBClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    requestHandler: inMemoryRequestHandler(new InMemoryDynamoDB()),
  });
}

/**
 * What each step gave (its result, normalised) or threw (its error's class name, name and
 * message), in order: what must be the same on DynamoDB Local and on the in-memory DynamoDB.
 */
export async function transcript(backend: Backend, scenario: Scenario): Promise<unknown[]> {
  const lines: unknown[] = [];
  for (const [step, run] of Object.entries(scenario(backend))) {
    try {
      lines.push({ step, ok: normalise(withoutMetadata(await run())) });
    } catch (error) {
      // A scenario's own mistake would otherwise read as the same error on both sides.
      if (error instanceof ReferenceError || error instanceof TypeError) throw error;
      lines.push({ step, error: thrown(error as Error) });
    }
  }
  return lines;
}

/** An error's class, name and message, and the item or cancellation reasons it carries. */
function thrown(error: Error): unknown {
  const { Item, CancellationReasons } = error as { Item?: unknown; CancellationReasons?: unknown };
  return normalise({
    class: error.constructor.name,
    name: error.name,
    message: error.message,
    Item,
    CancellationReasons,
  });
}

/** A result without `$metadata` and `ConsumedCapacity` (not simulated; DynamoDB Local sends it unasked on some deletes). */
function withoutMetadata(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('$metadata' in value)) return value;
  const {
    $metadata: _metadata,
    ConsumedCapacity: _capacity,
    ...rest
  } = value as Record<string, unknown>;
  return rest;
}

/**
 * Runs `scenario` on DynamoDB Local and on the in-memory DynamoDB (behind its request
 * handler), each on a new table laid out by `table`; returns both transcripts.
 */
export async function onBoth(
  scenario: Scenario,
  table: (name: string) => CreateTableCommandInput = singleTable,
): Promise<{ local: unknown[]; memory: unknown[] }> {
  const [local, memory] = [localDynamoDBClient(), inMemoryClient()];
  const tableName = uniqueTableName('other-client');
  try {
    const transcripts = [];
    for (const client of [local, memory]) {
      await client.send(new CreateTableCommand(table(tableName)));
      const document = DynamoDBDocumentClient.from(client);
      transcripts.push(await transcript({ client, document, tableName }, scenario));
    }
    return { local: transcripts[0], memory: transcripts[1] };
  } finally {
    await local.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
    local.destroy();
    memory.destroy();
  }
}
