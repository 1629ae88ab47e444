import path from 'node:path';

/** A cold-start program: a node script in bench/cold-start/ and the ESM twin bundled for size. */
export interface ColdStartProgram {
  readonly name: 'raw' | 'core' | 'core-bare' | 'core-decorators';
  /** What it imports, for the report. */
  readonly label: string;
  /** The CommonJS script run by `node` (it imports the packages' built dist). */
  readonly script: string;
  /** The same program as an ES module, which esbuild bundles (tree-shaken) for the size. */
  readonly bundleSource: string;
}

/** bench/cold-start/, from bench/dist/cold-start/ or bench/src/cold-start/. */
export const COLD_START_DIR = path.join(__dirname, '..', '..', 'cold-start');

const RAW_IMPORTS = `import { DynamoDBClient } from '@aws-sdk/client-dynamodb';`;

/** What every program does at its end: print the input when asked, report its CPU time. */
const TAIL = `if (process.env.COLD_START_PRINT === '1') console.log(JSON.stringify(input));
if (process.env.COLD_START_REPORT === '1') {
  const { user, system } = process.cpuUsage();
  process.stdout.write(JSON.stringify({ cpuMs: (user + system) / 1000 }) + '\\n');
}`;

/** The raw SDK, then core (`Table`, then `BareTable` and one operation), then core and decorators. */
export const COLD_START_PROGRAMS: readonly ColdStartProgram[] = [
  {
    name: 'raw',
    label: '`@aws-sdk/client-dynamodb` + `@aws-sdk/lib-dynamodb`',
    script: path.join(COLD_START_DIR, 'raw.cjs'),
    bundleSource: `${RAW_IMPORTS}
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'us-east-1' }));
const input = new PutCommand({ TableName: 't', Item: { PK: 'USER#a', SK: 'USER#a' } }).input;
client.destroy();
${TAIL}`,
  },
  {
    name: 'core',
    label: '+ `@dokklib/core` (`Table`)',
    script: path.join(COLD_START_DIR, 'core.cjs'),
    bundleSource: `${RAW_IMPORTS}
import { EntityName, PartitionKey, SortKey, Table } from '@dokklib/core';
const table = new Table('t', { client: new DynamoDBClient({ region: 'us-east-1' }) });
const User = new EntityName('USER');
const input = table.requests.insert(new PartitionKey(User, 'a'), new SortKey(User, 'a'), {});
${TAIL}`,
  },
  {
    name: 'core-bare',
    label: '+ `@dokklib/core` (`BareTable` + `insertItemRequest`)',
    script: path.join(COLD_START_DIR, 'core-bare.cjs'),
    bundleSource: `${RAW_IMPORTS}
import { BareTable, EntityName, PartitionKey, SortKey, insertItemRequest } from '@dokklib/core';
const table = new BareTable('t', { client: new DynamoDBClient({ region: 'us-east-1' }) });
const User = new EntityName('USER');
const input = insertItemRequest(table, new PartitionKey(User, 'a'), new SortKey(User, 'a'), {});
${TAIL}`,
  },
  {
    name: 'core-decorators',
    label: '+ `@dokklib/core` + `@dokklib/decorators`',
    script: path.join(COLD_START_DIR, 'core-decorators.cjs'),
    bundleSource: `${RAW_IMPORTS}
import { Table } from '@dokklib/core';
import { Attribute, Entity, PartitionKey, UnitOfWork } from '@dokklib/decorators';
class User {}
Reflect.defineMetadata('design:type', String, User.prototype, 'username');
PartitionKey()(User.prototype, 'username');
Attribute({ type: String })(User.prototype, 'name');
Entity('USER')(User);
const unit = new UnitOfWork(new Table('t', { client: new DynamoDBClient({ region: 'us-east-1' }) }));
const input = unit.insert(Object.assign(new User(), { username: 'a' })).toTransactWriteInput();
${TAIL}`,
  },
];
