import { DynamoDBLocalError, type DynamoDBLocalErrorOptions } from './dynamodb-local-error.js';

/** Why DynamoDB Local failed to start. */
export type StartFailureReason = 'exitedEarly' | 'timeout';

/**
 * Thrown when DynamoDB Local exits before answering, or does not answer in time.
 * The message ends with the last lines the process printed.
 */
export class StartFailedError extends DynamoDBLocalError {
  readonly code: `dynamodbLocal.${StartFailureReason}`;

  constructor(
    /** Why the start failed. */
    readonly reason: StartFailureReason,
    detail: string,
    /** The last output (stdout and stderr) of the process. */
    readonly outputTail: string,
    options: DynamoDBLocalErrorOptions = {},
  ) {
    super(
      `DynamoDB Local failed to start: ${detail}.` +
        (outputTail.trim() === '' ? '' : `\nLast output:\n${outputTail.trimEnd()}`),
      options,
    );
    this.code = `dynamodbLocal.${reason}`;
  }
}
