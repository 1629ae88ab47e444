import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';

/** What a {@link TableLogger} is told about each request a table sends. */
export interface CommandEvent {
  /** What the request was for, e.g. `"get of USER#alice / GROUP#g1"`. */
  readonly operation: string;
  /** The DynamoDB operation: `'PutItem'`, `'Query'`, `'TransactWriteItems'`… */
  readonly command: string;
  /** The SDK input that was sent. */
  readonly input: object;
  /** How long the call took, retries by the SDK included. */
  readonly durationMs: number;
  /** The capacity DynamoDB reports for the call (requested with `ReturnConsumedCapacity: 'TOTAL'`). */
  readonly consumedCapacity: readonly ConsumedCapacity[];
  /** The mapped error, if the call failed. */
  readonly error?: Error;
}

/** Sees every request a table sends; pass one as `TableOptions.logger`. */
export interface TableLogger {
  /** Called once per request, after it answered or failed. Exceptions thrown here are ignored. */
  onCommand(event: CommandEvent): void;
}
