import { DynamoDBSimulationError, validationError } from './dynamodb-simulation-error.js';
import { type Token, tokenize } from './tokenizer.js';

/** Which request parameter an expression came from; DynamoDB prefixes its errors with it. */
export type ExpressionKind =
  | 'ConditionExpression'
  | 'FilterExpression'
  | 'KeyConditionExpression'
  | 'UpdateExpression'
  | 'ProjectionExpression';

/** A cursor over an expression's tokens for a recursive-descent parser. */
export class TokenStream {
  private readonly tokens: Token[];
  private index = 0;
  /** The first reserved word used as a name, reported unless a syntax error comes first. */
  private reserved: DynamoDBSimulationError | undefined;

  constructor(
    readonly source: string,
    readonly kind: ExpressionKind,
  ) {
    if (source.trim() === '') throw this.error('The expression can not be empty;');
    this.tokens = tokenize(source);
  }

  /** The token `offset` tokens ahead, without consuming it. */
  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)] as Token;
  }

  /** Consumes and returns the current token. */
  next(): Token {
    const token = this.peek();
    if (this.index < this.tokens.length - 1) this.index += 1;
    return token;
  }

  /** Whether the current token is `text` (keywords compare case-insensitively). */
  is(text: string): boolean {
    const token = this.peek();
    return token.kind === 'identifier'
      ? token.text.toUpperCase() === text.toUpperCase()
      : token.kind === 'punctuation' && token.text === text;
  }

  /** Consumes the current token if it is `text`. */
  accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.next();
    return true;
  }

  /** Consumes `text` or throws a syntax error. */
  expect(text: string): Token {
    if (!this.is(text)) throw this.syntaxError();
    return this.next();
  }

  /** Throws a syntax error unless every token was consumed, then a reserved word used as a name. */
  expectEnd(): void {
    if (this.peek().kind !== 'eof') throw this.syntaxError();
    if (this.reserved !== undefined) throw this.reserved;
  }

  /**
   * Records a reserved word used as an attribute name. DynamoDB reports it after the whole
   * expression has parsed (a later syntax error wins) but before any other error.
   */
  reservedWord(text: string): void {
    this.reserved ??= expressionError(
      this.kind,
      `Attribute name is a reserved keyword; reserved keyword: ${text}`,
    );
  }

  /** The position to return to with `reset`, for backtracking. */
  mark(): number {
    return this.index;
  }

  /** Returns to a position from `mark`. */
  reset(mark: number): void {
    this.index = mark;
  }

  /** DynamoDB's syntax error at the current token: `token: "x", near: "a x b"`. */
  syntaxError(): DynamoDBSimulationError {
    const bad = this.peek();
    const before = this.tokens[Math.max(this.index - 1, 0)] as Token;
    const after = this.tokens[this.index + 1] ?? bad;
    const near = this.source.slice(before.start, after.end);
    return expressionError(this.kind, `Syntax error; token: "${bad.text}", near: "${near}"`);
  }

  /** A ValidationException prefixed with `Invalid <kind>: `. */
  error(message: string): DynamoDBSimulationError {
    return this.reserved ?? expressionError(this.kind, message);
  }
}

/** A ValidationException prefixed with `Invalid <kind>: `, as DynamoDB words them. */
export function expressionError(kind: ExpressionKind, message: string): DynamoDBSimulationError {
  return validationError(`Invalid ${kind}: ${message}`);
}
