import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { uniqueTableName } from '../integration/local-table-client.js';
import { JavaNotFoundError } from './java-not-found-error.js';
import { startDynamoDBLocal } from './start-dynamodb-local.js';
import { StartFailedError } from './start-failed-error.js';

jest.setTimeout(90_000);

describe('startDynamoDBLocal', () => {
  it('starts a second server that answers, and stop() ends its Java process', async () => {
    const server = await startDynamoDBLocal();
    try {
      expect(server.endpoint).toBe(`http://127.0.0.1:${server.port}`);
      expect(server.endpoint).not.toBe(process.env.DOKKLIB_DYNAMODB_ENDPOINT);
      expect(isRunning(server.pid)).toBe(true);
      const TableName = uniqueTableName('launcher');
      await server.client.send(new CreateTableCommand(simpleTable(TableName)));
      const { Table } = await server.client.send(new DescribeTableCommand({ TableName }));
      expect(Table?.TableStatus).toBe('ACTIVE');
    } finally {
      await server.stop();
    }
    expect(isRunning(server.pid)).toBe(false);
    await expect(server.stop()).resolves.toBeUndefined();
  });

  it('names the package to install when Java is missing', async () => {
    const start = startDynamoDBLocal({ java: '/nonexistent/bin/java' });
    await expect(start).rejects.toThrow(JavaNotFoundError);
    await expect(start).rejects.toThrow(/apt-get install -y default-jre-headless/);
  });

  it('shows the output of a server that exits early', async () => {
    // Node.js rejects Java's options, prints why and exits: a stand-in for a failing server.
    const start = startDynamoDBLocal({ java: process.execPath });
    await expect(start).rejects.toThrow(StartFailedError);
    await expect(start).rejects.toMatchObject({ code: 'dynamodbLocal.exitedEarly' });
    await expect(start).rejects.toThrow(/bad option: -Djava\.library\.path/);
  });
});

describe('a DynamoDB Local whose starting process dies', () => {
  it.each([
    ['is killed with SIGKILL', 'hang'],
    ['exits without calling stop()', 'exit'],
  ])('stops when that process %s', async (_case, ending) => {
    const child = spawn(
      process.execPath,
      ['-e', CHILD_SCRIPT, '--', require.resolve('typescript'), LAUNCHER_SOURCE, ending],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const { pid } = JSON.parse(await firstLine(child.stdout)) as { pid: number };
    expect(isRunning(pid)).toBe(true);
    if (ending === 'hang') child.kill('SIGKILL');
    await waitUntil(() => !isRunning(pid), 15_000);
    expect(isRunning(pid)).toBe(false);
  });
});

const LAUNCHER_SOURCE = path.join(__dirname, 'start-dynamodb-local.ts');

/**
 * A Node.js program that loads the launcher from TypeScript sources, starts DynamoDB Local,
 * prints `{"pid":<java pid>}`, then either hangs (to be killed) or exits at once.
 */
const CHILD_SCRIPT = `
const fs = require('node:fs');
const Module = require('node:module');
const [typescript, launcher, ending] = process.argv.slice(1);
const ts = require(typescript);
const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true };
Module._extensions['.ts'] = (module, file) => {
  module._compile(ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions }).outputText, file);
};
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  try { return resolve.call(this, request, ...rest); }
  catch (error) { return resolve.call(this, request.replace(/\\.js$/, '.ts'), ...rest); }
};
require(launcher).startDynamoDBLocal().then((server) => {
  process.stdout.write(JSON.stringify({ pid: server.pid }) + '\\n', () => {
    if (ending === 'exit') process.exit(0);
  });
  setInterval(() => {}, 1 << 30);
});
`;

function simpleTable(TableName: string): ConstructorParameters<typeof CreateTableCommand>[0] {
  return {
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'PK', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'PK', KeyType: 'HASH' }],
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await delay(50);
}

function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = '';
    stream.on('data', (chunk: Buffer) => {
      received += chunk.toString();
      if (received.includes('\n')) resolve(received.slice(0, received.indexOf('\n')));
    });
    stream.on('end', () => reject(new Error(`no line before end of output: ${received}`)));
  });
}
