// Cold start with @dokklib/decorators (built dist): import it, declare an entity and build
// one put (nothing is sent). Decorators (and the key's design type) are applied by hand, as
// compiled TypeScript does.
'use strict';
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { Table } = require('@dokklib/core');
const { Attribute, Entity, PartitionKey, UnitOfWork } = require('@dokklib/decorators');

class User {}
Reflect.defineMetadata('design:type', String, User.prototype, 'username');
PartitionKey()(User.prototype, 'username');
Attribute({ type: String })(User.prototype, 'name');
Entity('USER')(User);

const client = new DynamoDBClient({ region: 'us-east-1' });
const user = Object.assign(new User(), { username: 'alice', name: 'Alice' });
const input = new UnitOfWork(new Table('bench', { client })).insert(user).toTransactWriteInput();
if (process.env.COLD_START_PRINT === '1') console.log(JSON.stringify(input));
client.destroy();
if (process.env.COLD_START_REPORT === '1') {
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${JSON.stringify({ cpuMs: (user + system) / 1000 })}\n`);
}
