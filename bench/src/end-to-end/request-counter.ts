import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

/** HTTP requests a client sent, retries included, by DynamoDB operation. */
export class RequestCounter {
  readonly #byCommand = new Map<string, number>();

  /** Counts every attempt `client` sends from now on (a middleware inside the SDK's retries). */
  static attach(client: DynamoDBClient): RequestCounter {
    const counter = new RequestCounter();
    client.middlewareStack.add(
      (next, context) => (args) => {
        counter.add(String(context.commandName ?? 'unknown').replace(/Command$/, ''));
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: 'dokklibBenchRequestCounter' },
    );
    return counter;
  }

  /** Counts one request. */
  add(command: string): void {
    this.#byCommand.set(command, (this.#byCommand.get(command) ?? 0) + 1);
  }

  /** Requests of one operation (`'BatchWriteItem'`), or of all. */
  count(command?: string): number {
    if (command !== undefined) return this.#byCommand.get(command) ?? 0;
    let total = 0;
    for (const n of this.#byCommand.values()) total += n;
    return total;
  }

  /** Starts counting from zero. */
  reset(): void {
    this.#byCommand.clear();
  }
}
