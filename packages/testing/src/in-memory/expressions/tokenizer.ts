/** What kind of lexeme a token is. */
export type TokenKind =
  'identifier' | 'name' | 'value' | 'number' | 'punctuation' | 'invalid' | 'eof';

/** One lexeme of an expression, with its position in the source. */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const PUNCTUATION = ['<=', '>=', '<>', '=', '<', '>', '(', ')', '[', ']', ',', '.', '+', '-'];
const PATTERNS: ReadonlyArray<[TokenKind, RegExp]> = [
  ['identifier', /[A-Za-z][A-Za-z0-9_]*/y],
  ['name', /#[A-Za-z0-9_]+/y],
  ['value', /:[A-Za-z0-9_]+/y],
  // DynamoDB reads `01` as the numbers 0 and 1: an index has no leading zero.
  ['number', /0|[1-9][0-9]*/y],
];

/** Splits an expression into tokens; unknown characters become `invalid` tokens. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < source.length) {
    if (/\s/.test(source[position] ?? '')) {
      position += 1;
      continue;
    }
    const token = readToken(source, position);
    tokens.push(token);
    position = token.end;
  }
  tokens.push({ kind: 'eof', text: '<EOF>', start: source.length, end: source.length });
  return tokens;
}

function readToken(source: string, start: number): Token {
  for (const [kind, pattern] of PATTERNS) {
    pattern.lastIndex = start;
    const match = pattern.exec(source);
    if (match !== null) return { kind, text: match[0], start, end: start + match[0].length };
  }
  const punctuation = PUNCTUATION.find((text) => source.startsWith(text, start));
  if (punctuation !== undefined) {
    return { kind: 'punctuation', text: punctuation, start, end: start + punctuation.length };
  }
  const char = String.fromCodePoint(source.codePointAt(start) ?? 0);
  return { kind: 'invalid', text: char, start, end: start + char.length };
}
