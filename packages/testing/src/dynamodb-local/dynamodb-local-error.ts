/** Options accepted by every DynamoDB Local error. */
export interface DynamoDBLocalErrorOptions {
  /** The error that caused this one. */
  cause?: unknown;
}

/**
 * Base class of every error thrown while obtaining, starting or reaching DynamoDB Local.
 *
 * Each subclass has a stable `code` to branch on and a message that says what to do.
 */
export abstract class DynamoDBLocalError extends Error {
  /** A stable, machine-readable code, such as `'dynamodbLocal.javaNotFound'`. */
  abstract readonly code: string;

  constructor(message: string, options: DynamoDBLocalErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
  }
}
