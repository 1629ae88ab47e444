/**
 * Measures one cold start in a fresh process (run by run-in-memory.ts): loading
 * `@dokklib/testing/in-memory` after the SDK (which a test of DynamoDB code loads anyway), then from
 * creating the store (`handler`) or starting the endpoint (`endpoint`) to its first answer.
 * Prints `{"loadMs":…,"startMs":…}`.
 */
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';

async function main(mode: string): Promise<void> {
  const loading = performance.now();
  type Entry = typeof import('@dokklib/testing/in-memory');
  // Required here, not imported at the top, so that its loading can be timed.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const testing = require('@dokklib/testing/in-memory') as Entry;
  const starting = performance.now();
  if (mode === 'handler') {
    const client = new DynamoDBClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
      requestHandler: testing.inMemoryRequestHandler(new testing.InMemoryDynamoDB()),
    });
    await client.send(new ListTablesCommand({}));
  } else {
    const server = await testing.startInMemoryDynamoDB();
    await server.client.send(new ListTablesCommand({}));
    await server.stop();
  }
  const done = performance.now();
  process.stdout.write(JSON.stringify({ loadMs: starting - loading, startMs: done - starting }));
}

main(process.argv[2] ?? 'handler').catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
