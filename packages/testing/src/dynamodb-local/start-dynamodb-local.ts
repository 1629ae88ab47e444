import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoDBLocalClient } from './create-dynamodb-local-client.js';
import { dynamodbLocalCommand, type ProcessCommand } from './dynamodb-local-command.js';
import { ensureDynamoDBLocal } from './ensure-dynamodb-local.js';
import { freePort } from './free-port.js';
import { JavaNotFoundError } from './java-not-found-error.js';
import { StartFailedError } from './start-failed-error.js';
import { SupervisedProcess } from './supervised-process.js';
import { waitUntilReady } from './wait-until-ready.js';

/** Options of {@link startDynamoDBLocal}. */
export interface StartDynamoDBLocalOptions {
  /** TCP port to listen on; a free one is picked when omitted. */
  readonly port?: number;
  /**
   * Folder holding `DynamoDBLocal.jar`, downloaded there if missing. Defaults to
   * `$DOKKLIB_DYNAMODB_LOCAL_DIR`, else a per-user cache folder.
   */
  readonly dir?: string;
  /** The Java executable; defaults to `java` on the `PATH`. */
  readonly java?: string;
  /** How long to wait for DynamoDB Local to answer, in ms (default 60 000). */
  readonly startTimeoutMs?: number;
}

/** A running DynamoDB Local server, from {@link startDynamoDBLocal}. */
export interface DynamoDBLocal {
  /** Its URL, such as `http://127.0.0.1:43127`. */
  readonly endpoint: string;
  /** The TCP port it listens on. */
  readonly port: number;
  /** A client for it, destroyed by `stop()`. */
  readonly client: DynamoDBClient;
  /** Pid of the Java process. */
  readonly pid: number;
  /** Stops the server; resolves once the Java process is gone. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts an in-memory DynamoDB Local and resolves once it answers requests.
 *
 * Downloads the pinned jar on first use (see {@link ensureDynamoDBLocal}). Java runs under a
 * supervisor, so it is stopped even if this process is killed without calling `stop()`.
 * @throws {JavaNotFoundError} if Java is not installed.
 * @throws {StartFailedError} if the server exits early or does not answer in time.
 * @throws {DownloadFailedError} or {ChecksumMismatchError} if the jar cannot be obtained.
 */
export async function startDynamoDBLocal(
  options: StartDynamoDBLocalOptions = {},
): Promise<DynamoDBLocal> {
  const dir = await ensureDynamoDBLocal(options.dir);
  const port = options.port ?? (await freePort());
  const endpoint = `http://127.0.0.1:${port}`;
  // DynamoDB Local writes dynamodb-local-metadata.json into its working folder.
  const server = await startJava(dynamodbLocalCommand(dir, port, options.java), dir);
  try {
    await waitUntilReady(endpoint, server, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const client = createDynamoDBLocalClient(endpoint);
  const stop = async (): Promise<void> => {
    client.destroy();
    await server.stop();
  };
  return { endpoint, port, client, pid: server.pid, stop };
}

async function startJava(java: ProcessCommand, cwd: string): Promise<SupervisedProcess> {
  try {
    return await SupervisedProcess.start(java.command, java.args, { cwd });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new JavaNotFoundError(java.command, { cause: error });
    }
    throw new StartFailedError('exitedEarly', (error as Error).message, '', { cause: error });
  }
}
