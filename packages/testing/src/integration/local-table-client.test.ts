import { EndpointNotSetError } from './endpoint-not-set-error.js';
import { localDynamoDBClient, uniqueTableName } from './local-table-client.js';

describe('localDynamoDBClient', () => {
  it('points at DOKKLIB_DYNAMODB_ENDPOINT with local credentials', async () => {
    const client = localDynamoDBClient({ DOKKLIB_DYNAMODB_ENDPOINT: 'http://127.0.0.1:9' });
    try {
      const endpoint = await client.config.endpoint?.();
      expect(endpoint).toMatchObject({ hostname: '127.0.0.1', port: 9 });
      await expect(client.config.region()).resolves.toBe('us-east-1');
      await expect(client.config.credentials()).resolves.toMatchObject({ accessKeyId: 'local' });
    } finally {
      client.destroy();
    }
  });

  it('says how to fix a missing endpoint', () => {
    expect(() => localDynamoDBClient({})).toThrow(EndpointNotSetError);
    expect(() => localDynamoDBClient({})).toThrow(/DOKKLIB_DYNAMODB_ENDPOINT is not set/);
  });
});

describe('uniqueTableName', () => {
  it('keeps the prefix and differs on every call', () => {
    const first = uniqueTableName('users');
    expect(first).toMatch(/^users-[0-9a-f]{12}$/);
    expect(uniqueTableName('users')).not.toBe(first);
  });
});
