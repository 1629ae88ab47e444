import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../errors/validation-error.js';

/**
 * Refuses, at any depth (in maps, lists and sets too), what DynamoDB cannot store or the SDK
 * would refuse only while sending: an empty `Set`, a `number` that is not finite or is
 * beyond `Number.MAX_SAFE_INTEGER` (it may already be rounded; pass a `bigint` or the SDK's
 * `NumberValue`), and a map key `__proto__` (reading the item back would lose it).
 * `where` names the value in the message (`'The item of put of USER#a / USER#a'`); give a
 * function to build it only when there is an error.
 * @throws {ValidationError} naming the path of the first such value.
 */
export function checkStorableValue(value: unknown, where: string | (() => string)): void {
  if (isStorable(value)) return;
  const found = unstorable(value, '');
  if (found === undefined) return;
  const at = found.path === '' ? '' : ` at ${found.path}`;
  const subject = typeof where === 'string' ? where : where();
  throw new ValidationError(`${subject} holds ${found.problem}${at}.`);
}

/** The fast check, allocating nothing: `true` when nothing at any depth is unstorable. */
function isStorable(value: unknown): boolean {
  if (typeof value === 'number') return numberProblem(value) === undefined;
  if (typeof value !== 'object' || value === null) return true;
  if (value instanceof Set) {
    if (value.size === 0) return false;
    for (const element of value) if (!isStorable(element)) return false;
    return true;
  }
  if (Array.isArray(value)) {
    for (const element of value) if (!isStorable(element)) return false;
    return true;
  }
  if (!isPlainObject(value)) return true;
  if (Object.hasOwn(value, '__proto__')) return false;
  for (const name in value) {
    if (Object.hasOwn(value, name) && !isStorable(value[name])) return false;
  }
  return true;
}

interface Unstorable {
  readonly path: string;
  readonly problem: string;
}

/** The slow search, once a value is known to be unstorable: where and what. */
function unstorable(value: unknown, path: string): Unstorable | undefined {
  if (typeof value === 'number') {
    const problem = numberProblem(value);
    return problem === undefined ? undefined : { path, problem };
  }
  if (value instanceof Set) {
    if (value.size === 0) {
      return { path, problem: 'an empty set, which DynamoDB cannot store (leave it out)' };
    }
    return firstOf([...value].map((element) => unstorable(element, path)));
  }
  if (Array.isArray(value)) {
    return firstOf(value.map((element, index) => unstorable(element, `${path}[${index}]`)));
  }
  if (!isPlainObject(value)) return undefined;
  if (Object.hasOwn(value, '__proto__')) {
    const at = path === '' ? '__proto__' : `${path}.__proto__`;
    return { path: at, problem: 'the map key "__proto__", which would be lost when read back' };
  }
  return firstOf(
    Object.entries(value).map(([name, element]) =>
      unstorable(element, path === '' ? name : `${path}.${name}`),
    ),
  );
}

function numberProblem(value: number): string | undefined {
  if (!Number.isFinite(value)) return `the number ${value}, which DynamoDB cannot store`;
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return `the number ${value}, beyond what a JavaScript number holds exactly; pass a bigint or a NumberValue`;
  }
  return undefined;
}

function firstOf(found: readonly (Unstorable | undefined)[]): Unstorable | undefined {
  return found.find((entry) => entry !== undefined);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || value instanceof NumberValue) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
