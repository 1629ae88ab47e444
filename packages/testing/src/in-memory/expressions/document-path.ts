import { isReservedWord } from './reserved-words.js';
import type { TokenStream } from './token-stream.js';

/** One step of a document path: an attribute (bare or `#placeholder`) or a list index. */
export type PathElement =
  | { readonly kind: 'attribute'; readonly name: string; readonly placeholder: boolean }
  | { readonly kind: 'index'; readonly index: number };

/** A parsed document path such as `a.#b[2].c`. */
export type DocumentPath = readonly PathElement[];

const GRAMMAR_KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'BETWEEN',
  'IN',
  'SET',
  'REMOVE',
  'ADD',
  'DELETE',
]);
const MAX_LIST_INDEX = 2 ** 31 - 1;

/** Whether the current token can start a document path. */
export function startsPath(stream: TokenStream): boolean {
  const token = stream.peek();
  return token.kind === 'name' || (token.kind === 'identifier' && !isKeyword(token.text));
}

/** Parses a document path: `name ('.' name | '[' index ']')*`. */
export function parsePath(stream: TokenStream): DocumentPath {
  const elements: PathElement[] = [parseAttribute(stream)];
  for (;;) {
    if (stream.accept('.')) elements.push(parseAttribute(stream));
    else if (stream.is('[')) elements.push(parseIndex(stream));
    else return elements;
  }
}

function parseAttribute(stream: TokenStream): PathElement {
  const token = stream.peek();
  if (token.kind === 'name') {
    stream.next();
    return { kind: 'attribute', name: token.text, placeholder: true };
  }
  if (token.kind !== 'identifier' || isKeyword(token.text)) throw stream.syntaxError();
  if (isReservedWord(token.text)) stream.reservedWord(token.text);
  stream.next();
  return { kind: 'attribute', name: token.text, placeholder: false };
}

function parseIndex(stream: TokenStream): PathElement {
  stream.expect('[');
  const token = stream.peek();
  if (token.kind !== 'number') throw stream.syntaxError();
  const index = Number(token.text);
  if (index > MAX_LIST_INDEX) {
    throw stream.error(`List index is not within the allowable range; index: [${token.text}]`);
  }
  stream.next();
  stream.expect(']');
  return { kind: 'index', index };
}

function isKeyword(text: string): boolean {
  return GRAMMAR_KEYWORDS.has(text.toUpperCase());
}

/** The `#name` placeholders a path uses. */
export function pathNamePlaceholders(path: DocumentPath): string[] {
  return path.flatMap((element) =>
    element.kind === 'attribute' && element.placeholder ? [element.name] : [],
  );
}
