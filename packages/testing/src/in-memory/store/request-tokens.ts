import { DynamoDBSimulationError } from '../expressions/index.js';

/** How long DynamoDB remembers a `ClientRequestToken`. */
export const TOKEN_LIFETIME_MS = 10 * 60 * 1000;

/** The `ClientRequestToken`s of recent transactions, for idempotent retries. */
export class RequestTokens {
  private readonly tokens = new Map<string, { fingerprint: string; at: number }>();

  /**
   * Whether a transaction with this token and input was already applied within 10 minutes.
   * @throws {DynamoDBSimulationError} IdempotentParameterMismatchException for the same token with another input.
   */
  seen(token: string | undefined, fingerprint: string, now: Date): boolean {
    if (token === undefined) return false;
    const previous = this.tokens.get(token);
    if (previous === undefined || now.getTime() - previous.at >= TOKEN_LIFETIME_MS) return false;
    if (previous.fingerprint === fingerprint) return true;
    throw new DynamoDBSimulationError(
      'IdempotentParameterMismatchException',
      'The request uses the same client token as a previous, but non-identical request.',
    );
  }

  /** Remembers the token of an applied transaction. */
  remember(token: string | undefined, fingerprint: string, now: Date): void {
    if (token !== undefined) this.tokens.set(token, { fingerprint, at: now.getTime() });
  }
}
