import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { UnsupportedValueError } from '../errors/unsupported-value-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { isWellFormed } from './is-well-formed.js';
import { type Problem, scalarProblem, setProblem } from './value-problem.js';

/**
 * Refuses, at any depth (in maps, `Map`s, lists and sets too), what DynamoDB cannot store
 * exactly or the SDK would refuse or alter only while sending: an empty `Set` or one mixing
 * types, a number that is not finite, beyond `Number.MAX_SAFE_INTEGER` (pass a `bigint` or
 * a `NumberValue`) or outside DynamoDB's range and precision, a string or name with a lone
 * surrogate, an empty or `__proto__` map key, `undefined` or a hole in a list (the SDK
 * would drop it and shift what follows), and values of types DynamoDB has none for (`Date`,
 * class instances, `Symbol`, functions, `Map` keys that are not strings), and lists and maps
 * nested more than 31 levels deep in an attribute (DynamoDB's limit).
 * `undefined` in a map means the entry is absent: the SDK leaves it out, as `JSON` would.
 * `where` names the value in the message (`'The item of put of USER#a / USER#a'`); give a
 * function to build it only when there is an error. `level` is the value's nesting level:
 * 0 for an item (its attributes are at level 1), 1 for an attribute's value.
 * @throws {UnsupportedValueError} for a value of an unsupported type, naming its path.
 * @throws {ValidationError} for any other such value, naming its path.
 */
export function checkStorableValue(
  value: unknown,
  where: string | (() => string),
  level = 0,
): void {
  if (isStorable(value, level)) return;
  const found = unstorable(value, '', level);
  if (found === undefined) return;
  const at = found.path === '' ? '' : ` at ${found.path}`;
  const subject = typeof where === 'string' ? where : where();
  const message = `${subject} holds ${found.problem.text}${at}.`;
  throw found.problem.unsupported
    ? new UnsupportedValueError(message)
    : new ValidationError(message);
}

/** The fast check, allocating nothing: `true` when nothing at any depth is unstorable. */
function isStorable(value: unknown, level: number): boolean {
  if (typeof value !== 'object' || value === null) return scalarProblem(value) === undefined;
  if (
    level > MAX_NESTING_LEVEL &&
    (Array.isArray(value) || value instanceof Map || isPlainObject(value))
  ) {
    return false;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const element: unknown = value[i];
      if (element === undefined || !isStorable(element, level + 1)) return false;
    }
    return true;
  }
  if (value instanceof Set) return setProblem(value) === undefined;
  if (value instanceof Map) {
    for (const [name, element] of value as Map<unknown, unknown>) {
      if (typeof name !== 'string' || nameProblem(name) !== undefined) return false;
      if (!isStorable(element, level + 1)) return false;
    }
    return true;
  }
  if (!isPlainObject(value)) return scalarProblem(value) === undefined;
  for (const name in value) {
    if (!Object.hasOwn(value, name)) continue;
    if (nameProblem(name) !== undefined || !isStorable(value[name], level + 1)) return false;
  }
  return !Object.hasOwn(value, '__proto__');
}

/** DynamoDB nests lists and maps at most this many levels deep in an attribute. */
const MAX_NESTING_LEVEL = 31;

const TOO_DEEP: Problem = {
  text: `lists or maps nested more than ${MAX_NESTING_LEVEL} levels deep, which DynamoDB refuses; flatten them`,
  unsupported: false,
};

interface Unstorable {
  readonly path: string;
  readonly problem: Problem;
}

/** The slow search, once a value is known to be unstorable: where and what. */
function unstorable(value: unknown, path: string, level: number): Unstorable | undefined {
  if (typeof value !== 'object' || value === null) return at(path, scalarProblem(value));
  if (value instanceof Set) return at(path, setProblem(value));
  const isMap = value instanceof Map || isPlainObject(value);
  if (level > MAX_NESTING_LEVEL && (isMap || Array.isArray(value))) return at(path, TOO_DEEP);
  if (Array.isArray(value)) return unstorableElement(value, path, level);
  if (value instanceof Map) {
    return unstorableEntry([...(value as Map<unknown, unknown>)], path, level);
  }
  if (!isPlainObject(value)) return at(path, scalarProblem(value));
  if (Object.hasOwn(value, '__proto__')) {
    return at(join(path, '__proto__'), nameProblem('__proto__'));
  }
  return unstorableEntry(Object.entries(value), path, level);
}

function unstorableElement(
  list: readonly unknown[],
  path: string,
  level: number,
): Unstorable | undefined {
  for (let i = 0; i < list.length; i += 1) {
    const element = list[i];
    const here = `${path}[${i}]`;
    if (element === undefined) return at(here, missingElement(i in list));
    const found = unstorable(element, here, level + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function unstorableEntry(
  entries: readonly (readonly [unknown, unknown])[],
  path: string,
  level: number,
): Unstorable | undefined {
  for (const [name, element] of entries) {
    if (typeof name !== 'string') {
      return at(path, {
        text: `a Map with the key ${String(name)} (${typeof name}); DynamoDB map keys are strings: use string keys`,
        unsupported: true,
      });
    }
    const found =
      at(join(path, name), nameProblem(name)) ?? unstorable(element, join(path, name), level + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What is wrong with a map key or attribute name, if anything. */
function nameProblem(name: string): Problem | undefined {
  if (name.length === 0) {
    return { text: 'an empty attribute name, which DynamoDB refuses', unsupported: false };
  }
  if (name === '__proto__') {
    return {
      text: 'the map key "__proto__", which would be lost when read back',
      unsupported: false,
    };
  }
  if (name === 'constructor') {
    return {
      text: 'the map key "constructor", which the AWS SDK takes for the class of the map and cannot write; rename it',
      unsupported: false,
    };
  }
  if (!isWellFormed(name)) {
    return {
      text: `the name ${JSON.stringify(name)} with a lone surrogate (not well-formed UTF-16), which DynamoDB cannot store exactly`,
      unsupported: false,
    };
  }
  return undefined;
}

function missingElement(isSet: boolean): Problem {
  const what = isSet ? 'undefined' : 'a hole (an empty slot)';
  return {
    text: `${what} in a list, which the SDK would drop, shifting the elements after it; use null`,
    unsupported: false,
  };
}

function at(path: string, problem: Problem | undefined): Unstorable | undefined {
  return problem === undefined ? undefined : { path, problem };
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

/** An object the SDK writes as a map: a plain object or one without a prototype. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || value instanceof NumberValue) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
