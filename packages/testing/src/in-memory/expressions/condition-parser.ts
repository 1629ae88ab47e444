import type { Comparator, Condition, ConditionFunctionName, Operand } from './condition.js';
import { parsePath, startsPath } from './document-path.js';
import type { TokenStream } from './token-stream.js';

const COMPARATORS: readonly Comparator[] = ['=', '<>', '<=', '>=', '<', '>'];
const CONDITION_FUNCTIONS: ReadonlySet<string> = new Set<ConditionFunctionName>([
  'attribute_exists',
  'attribute_not_exists',
  'attribute_type',
  'begins_with',
  'contains',
]);
const UPDATE_FUNCTIONS = new Set(['if_not_exists', 'list_append']);
const MAX_IN_OPERANDS = 100;

/** Parses a whole condition: `OR` binds loosest, then `AND`, then `NOT`. */
export function parseConditionTree(stream: TokenStream): Condition {
  const condition = new ConditionParser(stream).parseOr();
  stream.expectEnd();
  return condition;
}

class ConditionParser {
  /** Conditions that were written inside parentheses, to detect `((...))`. */
  private readonly parenthesized = new WeakSet<Condition>();
  private readonly parenthesizedOperands = new WeakSet<Operand>();

  constructor(private readonly stream: TokenStream) {}

  parseOr(): Condition {
    let left = this.parseAnd();
    while (this.stream.accept('OR')) left = { kind: 'or', left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): Condition {
    let left = this.parseNot();
    while (this.stream.accept('AND')) left = { kind: 'and', left, right: this.parseNot() };
    return left;
  }

  private parseNot(): Condition {
    if (this.stream.accept('NOT')) return { kind: 'not', operand: this.parseNot() };
    return this.stream.is('(') ? this.parseParenthesized() : this.parsePredicate();
  }

  /** `( condition )`, or a parenthesized operand such as `(a) = :v` when that fails. */
  private parseParenthesized(): Condition {
    const mark = this.stream.mark();
    try {
      this.stream.expect('(');
      const inner = this.parseOr();
      this.stream.expect(')');
      if (this.parenthesized.has(inner)) {
        throw this.stream.error('The expression has redundant parentheses;');
      }
      this.parenthesized.add(inner);
      return inner;
    } catch (error) {
      const conditionMark = this.stream.mark();
      this.stream.reset(mark);
      try {
        return this.parsePredicate();
      } catch (operandError) {
        if (this.stream.mark() > conditionMark) throw operandError;
        this.stream.reset(conditionMark);
        throw error;
      }
    }
  }

  private parsePredicate(): Condition {
    const name = this.functionName();
    if (name !== undefined && CONDITION_FUNCTIONS.has(name)) {
      const condition = this.parseConditionFunction(name as ConditionFunctionName);
      if (this.atComparison()) throw this.notAllowed(name);
      return condition;
    }
    const operand = this.parseOperand();
    const comparator = COMPARATORS.find((text) => this.stream.is(text));
    if (comparator !== undefined) {
      this.stream.next();
      return { kind: 'compare', comparator, left: operand, right: this.parseOperand() };
    }
    if (this.stream.accept('BETWEEN')) return this.parseBetween(operand);
    if (this.stream.accept('IN')) return this.parseIn(operand);
    if (operand.kind === 'size') throw this.notAllowed('size');
    throw this.stream.syntaxError();
  }

  private parseBetween(operand: Operand): Condition {
    const lower = this.parseOperand();
    this.stream.expect('AND');
    return { kind: 'between', operand, lower, upper: this.parseOperand() };
  }

  private parseIn(operand: Operand): Condition {
    this.stream.expect('(');
    const list = [this.parseOperand()];
    while (this.stream.accept(',')) list.push(this.parseOperand());
    this.stream.expect(')');
    if (list.length > MAX_IN_OPERANDS) {
      throw this.stream.error(
        `The IN operator is provided with too many operands; number of operands: ${list.length}`,
      );
    }
    return { kind: 'in', operand, list };
  }

  private parseConditionFunction(name: ConditionFunctionName): Condition {
    const args = this.parseArguments();
    const needsPath =
      name === 'attribute_exists' || name === 'attribute_not_exists' || name === 'attribute_type';
    const arity = name === 'attribute_exists' || name === 'attribute_not_exists' ? 1 : 2;
    if (args.length !== arity) {
      throw this.stream.error(
        `Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${args.length}`,
      );
    }
    if (needsPath && args[0]?.kind !== 'path') {
      throw this.stream.error(
        `Operator or function requires a document path; operator or function: ${name}`,
      );
    }
    return { kind: 'function', name, args };
  }

  /** `:value`, a document path, `size(operand)` or a parenthesized operand. */
  parseOperand(): Operand {
    const token = this.stream.peek();
    if (token.kind === 'value') {
      this.stream.next();
      return { kind: 'value', name: token.text };
    }
    if (this.stream.is('(')) {
      this.stream.next();
      const operand = this.parseOperand();
      this.stream.expect(')');
      if (this.parenthesizedOperands.has(operand)) {
        throw this.stream.error('The expression has redundant parentheses;');
      }
      this.parenthesizedOperands.add(operand);
      return operand;
    }
    const name = this.functionName();
    if (name === undefined) {
      if (!startsPath(this.stream)) throw this.stream.syntaxError();
      return { kind: 'path', path: parsePath(this.stream) };
    }
    if (name !== 'size') {
      throw UPDATE_FUNCTIONS.has(name)
        ? this.stream.error(
            `The function is not allowed in a condition expression; function: ${name}`,
          )
        : this.notAllowed(name);
    }
    const args = this.parseArguments();
    if (args.length !== 1) {
      throw this.stream.error(
        `Incorrect number of operands for operator or function; operator or function: size, number of operands: ${args.length}`,
      );
    }
    return { kind: 'size', operand: args[0] as Operand };
  }

  private parseArguments(): Operand[] {
    this.stream.next();
    this.stream.expect('(');
    const args = [this.parseOperand()];
    while (this.stream.accept(',')) args.push(this.parseOperand());
    this.stream.expect(')');
    return args;
  }

  /** The name of a function call starting at the current token, if one does. */
  private functionName(): string | undefined {
    const token = this.stream.peek();
    const isCall = token.kind === 'identifier' && this.stream.peek(1).text === '(';
    if (!isCall) return undefined;
    if (
      !CONDITION_FUNCTIONS.has(token.text) &&
      !UPDATE_FUNCTIONS.has(token.text) &&
      token.text !== 'size'
    ) {
      throw this.stream.error(`Invalid function name; function: ${token.text}`);
    }
    return token.text;
  }

  private atComparison(): boolean {
    return (
      COMPARATORS.some((text) => this.stream.is(text)) ||
      this.stream.is('BETWEEN') ||
      this.stream.is('IN')
    );
  }

  private notAllowed(name: string): Error {
    return this.stream.error(
      `The function is not allowed to be used this way in an expression; function: ${name}`,
    );
  }
}
