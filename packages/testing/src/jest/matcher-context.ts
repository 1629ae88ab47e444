/** The part of jest's matcher context (`this` in a matcher) that dokklib's matchers use. */
export interface MatcherContext {
  readonly isNot: boolean;
  /** jest's recursive equality, which understands asymmetric matchers (`expect.any(Date)`). */
  equals(actual: unknown, expected: unknown): boolean;
}

/** What a jest matcher returns. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}
