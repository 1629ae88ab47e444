import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../errors/validation-error.js';

/**
 * Refuses, at any depth (in maps, lists and sets too), what DynamoDB cannot store or the SDK
 * would refuse only while sending: an empty `Set`, a `number` that is not finite or is
 * beyond `Number.MAX_SAFE_INTEGER` (it may already be rounded; pass a `bigint` or the SDK's
 * `NumberValue`), and a map key `__proto__` (reading the item back would lose it). `where` names the value in the message: `'The item of put of USER#a / USER#a'`.
 * @throws {ValidationError} naming the path of the first such value.
 */
export function checkStorableValue(value: unknown, where: string): void {
  const found = unstorable(value, '');
  if (found !== undefined) {
    const at = found.path === '' ? '' : ` at ${found.path}`;
    throw new ValidationError(`${where} holds ${found.problem}${at}.`);
  }
}

interface Unstorable {
  readonly path: string;
  readonly problem: string;
}

function unstorable(value: unknown, path: string): Unstorable | undefined {
  if (typeof value === 'number') return numberProblem(value, path);
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

function numberProblem(value: number, path: string): Unstorable | undefined {
  if (!Number.isFinite(value)) {
    return { path, problem: `the number ${value}, which DynamoDB cannot store` };
  }
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
    return {
      path,
      problem: `the number ${value}, beyond what a JavaScript number holds exactly; pass a bigint or a NumberValue`,
    };
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
