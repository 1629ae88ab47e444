// Cold start baseline: import the raw AWS SDK and build one put (nothing is sent).
'use strict';
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, PutCommand } = require('@aws-sdk/lib-dynamodb');

const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const command = new PutCommand({
  TableName: 'bench',
  Item: { PK: 'USER#alice', SK: 'USER#alice', name: 'Alice', CreatedAt: new Date().toISOString() },
  ConditionExpression: 'attribute_not_exists(#pk)',
  ExpressionAttributeNames: { '#pk': 'PK' },
});
if (process.env.COLD_START_PRINT === '1') console.log(JSON.stringify(command.input));
client.destroy();
if (process.env.COLD_START_REPORT === '1') {
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ cpuMs: (user + system) / 1000 })}\n`);
}
