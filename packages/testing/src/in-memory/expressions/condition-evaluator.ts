import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Comparator, Condition, Operand } from './condition.js';
import type { Item } from './item.js';
import { type ResolvedPath, readPath, resolvePath } from './resolved-path.js';
import type { TokenStream } from './token-stream.js';
import { storedText } from './stored-text.js';
import { beginsWith, compareBytes, compareValues, typeOf, valuesEqual } from './value-ordering.js';

/** What a condition is evaluated against: the item (if any), the request's names and values. */
export interface EvaluationContext {
  readonly item: Item | undefined;
  readonly names: Record<string, string> | undefined;
  readonly values: Record<string, AttributeValue> | undefined;
  readonly errors: Pick<TokenStream, 'error'>;
}

const ORDERED_TYPES = new Set(['N', 'S', 'B']);

/** Evaluates a condition; missing attributes make comparisons false (and `<>` true). */
export function evaluate(condition: Condition, context: EvaluationContext): boolean {
  switch (condition.kind) {
    case 'and':
      return evaluate(condition.left, context) && evaluate(condition.right, context);
    case 'or':
      return evaluate(condition.left, context) || evaluate(condition.right, context);
    case 'not':
      return !evaluate(condition.operand, context);
    case 'compare':
      return compare(
        condition.comparator,
        operandValue(condition.left, context),
        operandValue(condition.right, context),
      );
    case 'between': {
      const value = (operand: Operand): AttributeValue | undefined =>
        operandValue(operand, context);
      return between(value(condition.operand), value(condition.lower), value(condition.upper));
    }
    case 'in': {
      const value = operandValue(condition.operand, context);
      return condition.list.some((o) => compare('=', value, operandValue(o, context)));
    }
    case 'function':
      return callFunction(
        condition.name,
        condition.args.map((o) => operandValue(o, context)),
      );
  }
}

/** The value of an operand, or undefined when the attribute does not exist. */
export function operandValue(
  operand: Operand,
  context: EvaluationContext,
): AttributeValue | undefined {
  switch (operand.kind) {
    case 'value':
      return context.values?.[operand.name];
    case 'path':
      return readPath(context.item, resolve(operand.path, context));
    case 'size': {
      const value = operandValue(operand.operand, context);
      const size = value === undefined ? undefined : sizeOf(value);
      return size === undefined ? undefined : { N: String(size) };
    }
  }
}

function resolve(
  path: Parameters<typeof resolvePath>[0],
  context: EvaluationContext,
): ResolvedPath {
  return resolvePath(path, context.names, (message) => context.errors.error(message));
}

/** `size()`: string length in UTF-16 units (as DynamoDB Local), bytes, or element count. */
function sizeOf(value: AttributeValue): number | undefined {
  if (value.S !== undefined) return value.S.length;
  if (value.B !== undefined) return value.B.length;
  const collection = value.SS ?? value.NS ?? value.BS ?? value.L;
  if (collection !== undefined) return collection.length;
  return value.M === undefined ? undefined : Object.keys(value.M).length;
}

function compare(
  comparator: Comparator,
  a: AttributeValue | undefined,
  b: AttributeValue | undefined,
): boolean {
  const both = a !== undefined && b !== undefined;
  if (comparator === '=') return both && valuesEqual(a, b);
  if (comparator === '<>') return !(both && valuesEqual(a, b));
  if (!both || !comparable(a, b)) return false;
  const order = compareValues(a, b);
  if (comparator === '<') return order < 0;
  if (comparator === '<=') return order <= 0;
  return comparator === '>' ? order > 0 : order >= 0;
}

function between(value?: AttributeValue, lower?: AttributeValue, upper?: AttributeValue): boolean {
  if (value === undefined || lower === undefined || upper === undefined) return false;
  if (!comparable(value, lower) || !comparable(value, upper)) return false;
  return compareValues(lower, value) <= 0 && compareValues(value, upper) <= 0;
}

function comparable(a: AttributeValue, b: AttributeValue): boolean {
  const type = typeOf(a);
  return type === typeOf(b) && ORDERED_TYPES.has(type);
}

function callFunction(name: string, [first, second]: (AttributeValue | undefined)[]): boolean {
  switch (name) {
    case 'attribute_exists':
      return first !== undefined;
    case 'attribute_not_exists':
      return first === undefined;
    case 'attribute_type':
      return first !== undefined && second?.S === typeOf(first);
    case 'begins_with':
      return first !== undefined && second !== undefined && beginsWith(first, second);
    default:
      return first !== undefined && second !== undefined && contains(first, second);
  }
}

function contains(container: AttributeValue, member: AttributeValue): boolean {
  if (container.S !== undefined) {
    return member.S !== undefined && storedText(container.S).includes(storedText(member.S));
  }
  if (container.B !== undefined)
    return member.B !== undefined && includesBytes(container.B, member.B);
  if (container.L !== undefined) return container.L.some((element) => valuesEqual(element, member));
  const setType = typeOf(container);
  if (!['SS', 'NS', 'BS'].includes(setType) || typeOf(member) !== setType.slice(0, 1)) return false;
  const elements = (container.SS ?? container.NS ?? container.BS ?? []) as (string | Uint8Array)[];
  const key = setType.slice(0, 1) as 'S' | 'N' | 'B';
  return elements.some((element) =>
    valuesEqual({ [key]: element } as unknown as AttributeValue, member),
  );
}

function includesBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (compareBytes(haystack.subarray(start, start + needle.length), needle) === 0) return true;
  }
  return false;
}
