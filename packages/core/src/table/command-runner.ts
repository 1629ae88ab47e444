import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { mapSdkError } from '../errors/map-sdk-error.js';
import type { Item } from '../items/item.js';
import type { TableLogger } from './table-logger.js';

/** One request for the runner: its description, its input and how to send it. */
export interface CommandCall<Output> {
  /** What the request is for, for messages and the logger. */
  readonly operation: string;
  /** The DynamoDB operation name, e.g. `'PutItem'`. */
  readonly command: string;
  /** The SDK input being sent. */
  readonly input: object;
  /** Sends the request. */
  readonly send: () => Promise<Output>;
  /** The caller's transaction arguments, to name in cancellation reasons. */
  readonly transactionArguments?: readonly unknown[];
}

/**
 * Sends a table's requests: maps SDK errors to dokklib errors and tells the logger.
 * The one place where a `Table` talks to the SDK.
 */
export class CommandRunner {
  constructor(
    private readonly decodeItem: (item: Item) => Item,
    private readonly logger: TableLogger | undefined,
  ) {}

  /** Sends one request. @throws the mapped dokklib error if it fails. */
  async run<Output extends object>(call: CommandCall<Output>): Promise<Output> {
    const started = this.logger === undefined ? 0 : performance.now();
    try {
      const output = await call.send();
      this.log(call, started, consumedCapacity(output));
      return output;
    } catch (sdkError) {
      const error = mapSdkError(sdkError, {
        operation: call.operation,
        decodeItem: this.decodeItem,
        transactionArguments: call.transactionArguments,
      });
      this.log(call, started, [], error);
      throw error;
    }
  }

  private log(
    call: CommandCall<object>,
    started: number,
    capacity: readonly ConsumedCapacity[],
    error?: Error,
  ): void {
    if (this.logger === undefined) return;
    try {
      this.logger.onCommand({
        operation: call.operation,
        command: call.command,
        input: call.input,
        durationMs: performance.now() - started,
        consumedCapacity: capacity,
        ...(error === undefined ? {} : { error }),
      });
    } catch {
      // A failing logger must not change the outcome of the request.
    }
  }
}

function consumedCapacity(output: object): ConsumedCapacity[] {
  const value = (output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] })
    .ConsumedCapacity;
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
