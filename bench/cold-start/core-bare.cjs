// Cold start with @dokklib/core's bare API (built dist): import it and build one put with
// BareTable and insertItemRequest (nothing is sent).
'use strict';
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const {
  BareTable,
  EntityName,
  PartitionKey,
  SortKey,
  insertItemRequest,
} = require('@dokklib/core');

const client = new DynamoDBClient({ region: 'us-east-1' });
const table = new BareTable('bench', { client });
const User = new EntityName('USER');
const input = insertItemRequest(
  table,
  new PartitionKey(User, 'alice'),
  new SortKey(User, 'alice'),
  {
    name: 'Alice',
  },
);
if (process.env.COLD_START_PRINT === '1') console.log(JSON.stringify(input));
client.destroy();
if (process.env.COLD_START_REPORT === '1') {
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ cpuMs: (user + system) / 1000 })}\n`);
}
