import { parsePath } from './document-path.js';
import type { TokenStream } from './token-stream.js';
import type { UpdateAction, UpdateActions, UpdateOperand } from './update-actions.js';

type Clause = 'SET' | 'REMOVE' | 'ADD' | 'DELETE';
const CLAUSES: readonly Clause[] = ['SET', 'REMOVE', 'ADD', 'DELETE'];
const CONDITION_FUNCTIONS = new Set([
  'attribute_exists',
  'attribute_not_exists',
  'attribute_type',
  'begins_with',
  'contains',
  'size',
]);

/** Parses `SET ... REMOVE ... ADD ... DELETE ...`, each clause at most once, in any order. */
export function parseUpdateActions(stream: TokenStream): UpdateActions {
  const actions: UpdateAction[] = [];
  const seen = new Set<Clause>();
  while (stream.peek().kind !== 'eof') {
    const clause = CLAUSES.find((keyword) => stream.is(keyword));
    if (clause === undefined) throw stream.syntaxError();
    if (seen.has(clause)) {
      throw stream.error(`The "${clause}" section can only be used once in an update expression;`);
    }
    seen.add(clause);
    stream.next();
    do actions.push(parseAction(stream, clause));
    while (stream.accept(','));
  }
  stream.expectEnd();
  return actions;
}

function parseAction(stream: TokenStream, clause: Clause): UpdateAction {
  const path = parsePath(stream);
  if (clause === 'REMOVE') return { clause, path };
  if (clause === 'SET') {
    stream.expect('=');
    return { clause, path, value: parseSetValue(stream) };
  }
  const token = stream.peek();
  if (token.kind !== 'value') throw stream.syntaxError();
  stream.next();
  return { clause, path, value: token.text };
}

function parseSetValue(stream: TokenStream): UpdateOperand {
  const left = parseOperand(stream);
  const operator = stream.is('+') ? '+' : stream.is('-') ? '-' : undefined;
  if (operator === undefined) return left;
  stream.next();
  const right = parseOperand(stream);
  const listAppend = [left, right].find((operand) => operand.kind === 'list_append');
  if (listAppend !== undefined) {
    throw stream.error(
      'The function is not allowed to be used this way in an expression; function: list_append',
    );
  }
  return { kind: 'arithmetic', operator, left, right };
}

function parseOperand(stream: TokenStream): UpdateOperand {
  const token = stream.peek();
  if (token.kind === 'value') {
    stream.next();
    return { kind: 'value', name: token.text };
  }
  if (stream.accept('(')) {
    const inner = parseSetValue(stream);
    stream.expect(')');
    return inner;
  }
  if (token.kind === 'identifier' && stream.peek(1).text === '(')
    return parseFunction(stream, token.text);
  return { kind: 'path', path: parsePath(stream) };
}

function parseFunction(stream: TokenStream, name: string): UpdateOperand {
  if (CONDITION_FUNCTIONS.has(name)) {
    throw stream.error(`The function is not allowed in an update expression; function: ${name}`);
  }
  if (name !== 'if_not_exists' && name !== 'list_append') {
    throw stream.error(`Invalid function name; function: ${name}`);
  }
  stream.next();
  stream.expect('(');
  const args = [parseOperand(stream)];
  while (stream.accept(',')) args.push(parseOperand(stream));
  stream.expect(')');
  if (args.length !== 2) {
    throw stream.error(
      `Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${args.length}`,
    );
  }
  const [first, second] = args as [UpdateOperand, UpdateOperand];
  if (name === 'list_append') {
    if (args.some((arg) => arg.kind === 'list_append')) {
      throw stream.error(
        'The function is not allowed to be used this way in an expression; function: list_append',
      );
    }
    return { kind: 'list_append', left: first, right: second };
  }
  if (first.kind !== 'path') {
    throw stream.error(
      `Operator or function requires a document path; operator or function: ${name}`,
    );
  }
  return { kind: 'if_not_exists', path: first.path, fallback: second };
}
