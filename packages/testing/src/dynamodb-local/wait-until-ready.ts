import { ListTablesCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { setTimeout as delay } from 'node:timers/promises';
import { createDynamoDBLocalClient } from './create-dynamodb-local-client.js';
import { StartFailedError } from './start-failed-error.js';
import type { ExitStatus, SupervisedProcess } from './supervised-process.js';

const POLL_INTERVAL_MS = 100;

/**
 * Polls `endpoint` with ListTables until DynamoDB Local answers.
 * @throws {StartFailedError} if `server` exits first or `timeoutMs` passes; the error carries
 * the server's last output.
 */
export async function waitUntilReady(
  endpoint: string,
  server: SupervisedProcess,
  timeoutMs: number,
): Promise<void> {
  const probe = createDynamoDBLocalClient(endpoint, {
    maxAttempts: 1,
    requestHandler: { connectionTimeout: 1000, requestTimeout: 2000 },
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const status = server.exitStatus;
      if (status)
        throw new StartFailedError('exitedEarly', describeExit(status), server.outputTail);
      if (await answers(probe)) return;
      if (Date.now() > deadline) {
        const detail = `no answer from ${endpoint} within ${timeoutMs} ms`;
        throw new StartFailedError('timeout', detail, server.outputTail);
      }
      await delay(POLL_INTERVAL_MS);
    }
  } finally {
    probe.destroy();
  }
}

/** True once the server sends any HTTP response, even an error one. */
async function answers(client: DynamoDBClient): Promise<boolean> {
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }));
    return true;
  } catch (error) {
    const metadata = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
    return metadata?.httpStatusCode !== undefined;
  }
}

function describeExit({ code, signal }: ExitStatus): string {
  return signal ? `the process was killed by ${signal}` : `the process exited with code ${code}`;
}
