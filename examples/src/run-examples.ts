/**
 * `npm start`: starts DynamoDB Local, creates a table per example, runs every example and
 * stops the server, also when an example fails.
 */
import { randomUUID } from 'node:crypto';
import { createTable, Table } from '@dokklib/core';
import { startDynamoDBLocal } from '@dokklib/testing';
import { examples } from './examples.js';

async function main(): Promise<void> {
  console.log('Starting DynamoDB Local…');
  const local = await startDynamoDBLocal();
  console.log(`DynamoDB Local is listening at ${local.endpoint}`);
  try {
    for (const example of examples) {
      const tableName = `example-${randomUUID()}`;
      await createTable(new Table(tableName, { client: local.client }));
      console.log(`\n== ${example.title}`);
      await example.run({
        client: local.client,
        tableName,
        log: (line) => console.log(`  ${line}`),
      });
    }
    console.log('\nAll examples ran.');
  } finally {
    await local.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
