import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { DYNAMODB_ENDPOINT_ENV } from '../integration/dynamodb-endpoint-env.js';
import {
  startSharedDynamoDBLocal,
  stopSharedDynamoDBLocal,
  TEST_DYNAMODB_ENV,
} from './shared-dynamodb-local.js';

describe('the shared DynamoDB of a test run', () => {
  const saved = {
    endpoint: process.env[DYNAMODB_ENDPOINT_ENV],
    kind: process.env[TEST_DYNAMODB_ENV],
  };

  afterEach(() => {
    process.env[DYNAMODB_ENDPOINT_ENV] = saved.endpoint;
    if (saved.kind === undefined) delete process.env[TEST_DYNAMODB_ENV];
    else process.env[TEST_DYNAMODB_ENV] = saved.kind;
  });

  it('is the in-memory endpoint with DOKKLIB_TEST_DYNAMODB=in-memory, published and then withdrawn', async () => {
    delete process.env[DYNAMODB_ENDPOINT_ENV];
    process.env[TEST_DYNAMODB_ENV] = 'in-memory';
    await startSharedDynamoDBLocal();
    const endpoint = process.env[DYNAMODB_ENDPOINT_ENV];
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = new DynamoDBClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual([]);
    client.destroy();
    await stopSharedDynamoDBLocal();
    expect(process.env[DYNAMODB_ENDPOINT_ENV]).toBeUndefined();
  });

  it('starts nothing when an endpoint is already published', async () => {
    process.env[DYNAMODB_ENDPOINT_ENV] = 'http://127.0.0.1:1';
    process.env[TEST_DYNAMODB_ENV] = 'in-memory';
    await startSharedDynamoDBLocal();
    expect(process.env[DYNAMODB_ENDPOINT_ENV]).toBe('http://127.0.0.1:1');
    await stopSharedDynamoDBLocal(); // nothing of its own to stop
    expect(process.env[DYNAMODB_ENDPOINT_ENV]).toBe('http://127.0.0.1:1');
  });
});
