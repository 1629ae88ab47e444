import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Condition, Operand } from './condition.js';
import { operandsOf } from './condition.js';
import type { DynamoDBSimulationError } from './dynamodb-simulation-error.js';
import { formatPath, resolvePath } from './resolved-path.js';
import { compareValues, typeOf } from './value-ordering.js';

/** Builds a ValidationException prefixed with the expression's kind. */
export type ErrorFactory = (message: string) => DynamoDBSimulationError;

const VALID_TYPES = ['N', 'BS', 'L', 'B', 'NULL', 'M', 'S', 'SS', 'NS', 'BOOL'];
const ORDERED_TYPES = new Set(['N', 'S', 'B']);
const SIZED_TYPES = new Set(['S', 'B', 'SS', 'NS', 'BS', 'L', 'M']);

/**
 * The checks DynamoDB makes before reading the item: placeholders defined, operand types of
 * `<`, `BETWEEN`, `begins_with` and `attribute_type`, and BETWEEN bounds in order.
 */
export function validateCondition(
  condition: Condition,
  names: Record<string, string> | undefined,
  values: Record<string, AttributeValue> | undefined,
  fail: ErrorFactory,
): void {
  for (const operand of operandsOf(condition)) checkDefined(operand, names, values, fail);
  const context = { names, values: values ?? {}, fail };
  operandsOf(condition).forEach((operand) => checkSizeOperand(operand, context));
  checkNode(condition, context);
}

/** `size()` takes strings, binaries, sets, lists and maps (so not a number, nor another size). */
function checkSizeOperand(operand: Operand, context: ValidationContext): void {
  if (operand.kind !== 'size') return;
  checkSizeOperand(operand.operand, context);
  checkTypes('size', [operand.operand], SIZED_TYPES, context);
}

/** Throws for an undefined `#name` or `:value` in an operand. */
export function checkDefined(
  operand: Operand,
  names: Record<string, string> | undefined,
  values: Record<string, AttributeValue> | undefined,
  fail: ErrorFactory,
): void {
  if (operand.kind === 'size') return checkDefined(operand.operand, names, values, fail);
  if (operand.kind === 'path') return void resolvePath(operand.path, names, fail);
  if (values?.[operand.name] === undefined) {
    throw fail(
      `An expression attribute value used in expression is not defined; attribute value: ${operand.name}`,
    );
  }
}

interface ValidationContext {
  readonly names: Record<string, string> | undefined;
  readonly values: Record<string, AttributeValue>;
  readonly fail: ErrorFactory;
}

function checkNode(condition: Condition, context: ValidationContext): void {
  switch (condition.kind) {
    case 'and':
    case 'or':
      checkNode(condition.left, context);
      return checkNode(condition.right, context);
    case 'not':
      return checkNode(condition.operand, context);
    case 'compare':
      if (condition.comparator !== '=' && condition.comparator !== '<>') {
        checkTypes(condition.comparator, [condition.left, condition.right], ORDERED_TYPES, context);
      }
      return checkDistinct(condition.comparator, [condition.left, condition.right], context);
    case 'between': {
      const operands = [condition.operand, condition.lower, condition.upper];
      checkTypes('BETWEEN', operands, ORDERED_TYPES, context);
      checkDistinct('BETWEEN', operands, context);
      const value = (o: Operand): AttributeValue | undefined =>
        o.kind === 'value' ? context.values[o.name] : undefined;
      return checkBounds(value(condition.lower), value(condition.upper), context.fail);
    }
    case 'in':
      return checkDistinct('IN', [condition.operand, ...condition.list], context);
    case 'function':
      return checkFunction(condition.name, condition.args, context);
  }
}

function checkFunction(name: string, args: readonly Operand[], context: ValidationContext): void {
  if (name === 'begins_with') checkTypes(name, args, new Set(['S', 'B']), context);
  if (name === 'begins_with' || name === 'contains') checkDistinct(name, args, context);
  if (name !== 'attribute_type') return;
  checkTypes(name, args.slice(1), new Set(['S']), context);
  const typeName = staticValue(args[1], context);
  if (typeName !== undefined && !VALID_TYPES.includes(typeName.S ?? '')) {
    throw context.fail(
      `Invalid attribute type name found; type: ${typeName.S}, valid types: {${VALID_TYPES.join(',')}}`,
    );
  }
}

/** What is known of an operand before reading the item: a value's value, `size()`'s type. */
function staticValue(
  operand: Operand | undefined,
  context: ValidationContext,
): AttributeValue | undefined {
  if (operand?.kind === 'value') return context.values[operand.name];
  return operand?.kind === 'size' ? { N: '0' } : undefined;
}

function checkTypes(
  operator: string,
  operands: readonly Operand[],
  allowed: ReadonlySet<string>,
  context: ValidationContext,
): void {
  operands.forEach((operand) =>
    checkType(operator, staticValue(operand, context), allowed, context.fail),
  );
}

/** DynamoDB refuses a path compared with itself (`a = a`, `a BETWEEN a AND :v`, `contains(a, a)`). */
function checkDistinct(
  operator: string,
  [first, ...rest]: readonly Operand[],
  context: ValidationContext,
): void {
  if (first?.kind !== 'path') return;
  const resolved = resolvePath(first.path, context.names, context.fail);
  const same = rest.some(
    (operand) =>
      operand.kind === 'path' &&
      formatPath(resolvePath(operand.path, context.names, context.fail)) === formatPath(resolved),
  );
  if (same) {
    throw context.fail(
      `The first operand must be distinct from the remaining operands for this operator or function; operator: ${operator}, first operand: ${formatPath(resolved)}`,
    );
  }
}

/** Throws DynamoDB's "Incorrect operand type" when a value's type is not allowed. */
export function checkType(
  operator: string,
  value: AttributeValue | undefined,
  allowed: ReadonlySet<string>,
  fail: ErrorFactory,
): void {
  if (value === undefined || allowed.has(typeOf(value))) return;
  throw fail(
    `Incorrect operand type for operator or function; operator or function: ${operator}, operand type: ${typeOf(value)}`,
  );
}

/** Throws when BETWEEN's value bounds differ in type or are in the wrong order. */
export function checkBounds(
  lower: AttributeValue | undefined,
  upper: AttributeValue | undefined,
  fail: ErrorFactory,
): void {
  if (lower === undefined || upper === undefined) return;
  const bounds = `lower bound operand: AttributeValue: ${formatValue(lower)}, upper bound operand: AttributeValue: ${formatValue(upper)}`;
  if (typeOf(lower) !== typeOf(upper)) {
    throw fail(
      `The BETWEEN operator requires same data type for lower and upper bounds; ${bounds}`,
    );
  }
  if (compareValues(lower, upper) > 0) {
    throw fail(
      `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; ${bounds}`,
    );
  }
}

function formatValue(value: AttributeValue): string {
  const type = typeOf(value);
  const raw = (value as unknown as Record<string, unknown>)[type];
  const text =
    raw instanceof Uint8Array
      ? `java.nio.HeapByteBuffer[pos=0 lim=${raw.length} cap=${raw.length}]`
      : String(raw);
  return `{${type}:${text}}`;
}
