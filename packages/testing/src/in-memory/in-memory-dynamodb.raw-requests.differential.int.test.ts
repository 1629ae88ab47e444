import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTable, Table } from '@dokklib/core';
import { normalise } from '../../test/differential/differential-runner.js';
import {
  RAW_REQUEST_CASES,
  type RawApi,
  type RawRequestCase,
} from '../../test/differential/raw-request-cases.js';
import { localDynamoDBClient, uniqueTableName } from '../integration/local-table-client.js';
import { toSdkException } from './adapter/sdk-exception.js';
import { InMemoryDynamoDB } from './in-memory-dynamodb.js';
import { inMemoryTable } from './in-memory-table.js';
import { inMemoryRequestHandler } from './wire/in-memory-request-handler.js';

/**
 * Differential test of raw requests: each case sends its requests as they are (with the
 * document client, bypassing core's checks) to DynamoDB Local and to the in-memory
 * DynamoDB, which must give the same results and the same errors (name and message):
 * both behind a mocked document client and behind an SDK client whose requests its request
 * handler answers (the SDK's own serialisation and error parsing in between).
 */
let local: RawApi;
let memory: RawApi;
let handler: RawApi;
let client: DynamoDBClient;

beforeAll(async () => {
  client = localDynamoDBClient();
  const name = uniqueTableName('raw-requests');
  await createTable(new Table(name, { client }));
  local = {
    doc: DynamoDBDocumentClient.from(client),
    table: name,
    createTable: (input) => client.send(new CreateTableCommand(input)),
    describeTable: (input) => client.send(new DescribeTableCommand(input)),
    deleteTable: (input) => client.send(new DeleteTableCommand(input)),
    updateTable: (input) => client.send(new UpdateTableCommand(input)),
    updateTimeToLive: (input) => client.send(new UpdateTimeToLiveCommand(input)),
    describeTimeToLive: (input) => client.send(new DescribeTimeToLiveCommand(input)),
  };
  const { db, client: doc } = inMemoryTable({ tableName: name });
  const sdk = async <T>(run: () => T): Promise<T> => {
    try {
      return run();
    } catch (error) {
      throw toSdkException(error);
    }
  };
  memory = {
    doc,
    table: name,
    createTable: (input) => sdk(() => db.createTable(input)),
    describeTable: (input) => sdk(() => db.describeTable(input)),
    deleteTable: (input) => sdk(() => db.deleteTable(input)),
    updateTable: (input) => sdk(() => db.updateTable(input)),
    updateTimeToLive: (input) => sdk(() => db.updateTimeToLive(input)),
    describeTimeToLive: (input) => sdk(() => db.describeTimeToLive(input)),
  };
  handler = await overRequestHandler(name);
});

/** The raw requests sent by a document client over an SDK client answered by the request handler. */
async function overRequestHandler(name: string): Promise<RawApi> {
  const db = new InMemoryDynamoDB();
  const lowLevel = new DynamoDBClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    requestHandler: inMemoryRequestHandler(db),
    maxAttempts: 1,
  });
  await createTable(new Table(name, { client: lowLevel }));
  return {
    doc: DynamoDBDocumentClient.from(lowLevel),
    table: name,
    createTable: (input) => lowLevel.send(new CreateTableCommand(input)),
    describeTable: (input) => lowLevel.send(new DescribeTableCommand(input)),
    deleteTable: (input) => lowLevel.send(new DeleteTableCommand(input)),
    updateTable: (input) => lowLevel.send(new UpdateTableCommand(input)),
    updateTimeToLive: (input) => lowLevel.send(new UpdateTimeToLiveCommand(input)),
    describeTimeToLive: (input) => lowLevel.send(new DescribeTimeToLiveCommand(input)),
  };
}

afterAll(async () => {
  await client?.send(new DeleteTableCommand({ TableName: local.table }));
  client?.destroy();
});

/** A case's result, or its error's name and message, without `$metadata`. */
async function outcome(testCase: RawRequestCase, api: RawApi): Promise<unknown> {
  try {
    const result = (await testCase.run(api)) as { $metadata?: unknown } | undefined;
    if (typeof result !== 'object' || result === null) return { ok: normalise(result) };
    const { $metadata: _metadata, ...rest } = result;
    return { ok: normalise(rest) };
  } catch (error) {
    const { name, message } = error as Error;
    const reasons = (error as { CancellationReasons?: unknown }).CancellationReasons;
    return testCase.errorNameOnly === true
      ? { error: name }
      : { error: name, message, ...(reasons === undefined ? {} : { reasons: normalise(reasons) }) };
  }
}

describe.each(Object.entries(RAW_REQUEST_CASES))(
  'InMemoryDynamoDB against DynamoDB Local, raw requests: %s',
  (_group, cases) => {
    it.each(cases.map((testCase) => [testCase.name, testCase] as const))(
      '%s',
      async (_name, testCase) => {
        const fromLocal = await outcome(testCase, local);
        expect(await outcome(testCase, memory)).toEqual(fromLocal);
        expect({ handler: await outcome(testCase, handler) }).toEqual({ handler: fromLocal });
      },
    );
  },
);
