/** Options accepted by every dokklib error. */
export interface DokklibErrorOptions {
  /** The error that caused this one, usually the AWS SDK's. */
  cause?: unknown;
}

/**
 * Base class of every error thrown by dokklib.
 *
 * Each subclass has a stable `code` to branch on and a message that says what to do.
 * Errors mapped from the AWS SDK keep the SDK's error as `cause`.
 */
export abstract class DokklibError extends Error {
  /** A stable, machine-readable code, such as `'dynamodb.conditionalCheckFailed'`. */
  abstract readonly code: string;

  constructor(message: string, options: DokklibErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
  }
}
