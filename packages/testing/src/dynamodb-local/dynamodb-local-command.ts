import path from 'node:path';
import { DYNAMODB_LOCAL_JAR, DYNAMODB_LOCAL_LIB_DIR } from './dynamodb-local-release.js';

/** An executable and its arguments. */
export interface ProcessCommand {
  /** The executable, by path or by name on the `PATH`. */
  readonly command: string;
  /** Its arguments. */
  readonly args: readonly string[];
}

/**
 * Builds the command that runs DynamoDB Local from `dir` on `port`: in memory, without
 * telemetry.
 */
export function dynamodbLocalCommand(dir: string, port: number, java = 'java'): ProcessCommand {
  return {
    command: java,
    args: [
      `-Djava.library.path=${path.join(dir, DYNAMODB_LOCAL_LIB_DIR)}`,
      '-jar',
      path.join(dir, DYNAMODB_LOCAL_JAR),
      '-inMemory',
      '-disableTelemetry',
      '-port',
      String(port),
    ],
  };
}
