import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { isWellFormed } from './is-well-formed.js';
import { canonicalDecimal } from './lossless-number.js';
import { decimalProblem, MIN_NUMBER_MAGNITUDE } from './number-limits.js';

/** What is wrong with a value; `unsupported` when DynamoDB has no type for it. */
export interface Problem {
  readonly text: string;
  readonly unsupported: boolean;
}

/** Integers of up to 38 digits: a bigint inside needs no closer look. */
const BIGINT_LIMIT = 10n ** 38n;

/**
 * What is wrong with a value that is not a list, set or map, if anything. Allocates only
 * when something is: the usual value costs a type test.
 */
export function scalarProblem(value: unknown): Problem | undefined {
  switch (typeof value) {
    case 'string':
      return isWellFormed(value) ? undefined : LONE_SURROGATE;
    case 'number':
      return numberProblem(value);
    case 'boolean':
    case 'undefined':
      return undefined;
    case 'bigint':
      return value < BIGINT_LIMIT && value > -BIGINT_LIMIT
        ? undefined
        : invalid(decimalProblem(String(value)));
    case 'object':
      return value === null ? undefined : objectProblem(value);
    case 'function':
      return unsupported(
        'a function, which DynamoDB cannot store (the SDK would drop it); leave it out',
      );
    default:
      return unsupported(`a ${typeof value}, which DynamoDB cannot store; pass a string`);
  }
}

/**
 * What is wrong with a `Set`, if anything: DynamoDB sets are non-empty and hold strings,
 * numbers or binaries, one type per set, each element storable.
 */
export function setProblem(set: ReadonlySet<unknown>): Problem | undefined {
  if (set.size === 0) return EMPTY_SET;
  let kind: SetKind | undefined;
  let mayRepeat = false;
  let firstType: string | undefined;
  for (const element of set) {
    const elementKind = setKindOf(element);
    if (elementKind === undefined) return unsupportedSetElement(element);
    if (kind !== undefined && elementKind !== kind) return MIXED_SET;
    kind = elementKind;
    const problem = elementKind === 'binary' ? undefined : scalarProblem(element);
    if (problem !== undefined) return problem;
    // A JavaScript Set of one primitive type holds distinct values; other elements may repeat one.
    firstType ??= typeof element;
    if (typeof element === 'object' || typeof element !== firstType) mayRepeat = true;
  }
  if (!mayRepeat) return undefined;
  if (firstType === 'number' && hasUnsafeNumber(set)) return UNSAFE_AFTER_NUMBER;
  return hasRepeatedValue(set) ? REPEATED_IN_SET : undefined;
}

/**
 * Whether a set holds a number beyond ±2^53 − 1: the SDK writes every element of a set as
 * its first is written, and refuses such numbers after a JavaScript `number`.
 */
function hasUnsafeNumber(set: ReadonlySet<unknown>): boolean {
  for (const element of set) {
    if (Math.abs(Number(String(element))) > Number.MAX_SAFE_INTEGER) return true;
  }
  return false;
}

/** Whether two elements of a number or binary set are one value to DynamoDB (`1`, `1n`; equal bytes). */
function hasRepeatedValue(set: ReadonlySet<unknown>): boolean {
  const seen = new Set<string>();
  for (const element of set) {
    const value = ArrayBuffer.isView(element)
      ? Buffer.from(element.buffer, element.byteOffset, element.byteLength).toString('hex')
      : element instanceof ArrayBuffer
        ? Buffer.from(element).toString('hex')
        : canonicalDecimal(String(element));
    if (seen.has(value)) return true;
    seen.add(value);
  }
  return false;
}

type SetKind = 'string' | 'number' | 'binary';

function setKindOf(element: unknown): SetKind | undefined {
  if (typeof element === 'string') return 'string';
  if (typeof element === 'number' || typeof element === 'bigint') return 'number';
  if (element instanceof NumberValue) return 'number';
  if (isBinary(element)) return 'binary';
  return undefined;
}

function numberProblem(value: number): Problem | undefined {
  if (!Number.isFinite(value)) return invalid(`the number ${value}, which DynamoDB cannot store`);
  const magnitude = Math.abs(value);
  if (magnitude > Number.MAX_SAFE_INTEGER) {
    return invalid(
      `the number ${value}, beyond what a JavaScript number holds exactly; pass a bigint or a NumberValue`,
    );
  }
  if (magnitude < MIN_NUMBER_MAGNITUDE && value !== 0) {
    return invalid(
      `the number ${value}, below DynamoDB's smallest magnitude (1e-130); round it to 0 or scale it`,
    );
  }
  return undefined;
}

/** A non-container object: a binary or `NumberValue` is stored, anything else is not. */
function objectProblem(value: object): Problem | undefined {
  if (isBinary(value)) return undefined;
  if (value instanceof NumberValue) return invalid(decimalProblem(value.toString()));
  if (value instanceof Date) {
    return unsupported(
      'a Date, which DynamoDB cannot store; pass an ISO-8601 string (date.toISOString()) or an epoch number (date.getTime())',
    );
  }
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } }).constructor
    ?.name;
  return unsupported(
    `an instance of ${typeof name === 'string' && name !== '' ? name : 'a class'}, which DynamoDB cannot store; pass a plain object (e.g. { ...value }) or a primitive`,
  );
}

function isBinary(value: unknown): boolean {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer;
}

function unsupportedSetElement(element: unknown): Problem {
  const what =
    element === null ? 'null' : typeof element === 'object' ? 'an object' : `a ${typeof element}`;
  return unsupported(
    `a Set holding ${what}; DynamoDB sets hold strings, numbers or binaries only: pass a list ([...set])`,
  );
}

function invalid(text: string | undefined): Problem | undefined {
  return text === undefined ? undefined : { text, unsupported: false };
}

function unsupported(text: string): Problem {
  return { text, unsupported: true };
}

const LONE_SURROGATE: Problem = {
  text: 'a string with a lone surrogate (not well-formed UTF-16), which DynamoDB cannot store exactly (it compares such strings equal); pass well-formed text',
  unsupported: false,
};
const UNSAFE_AFTER_NUMBER: Problem = {
  text: 'a Set whose first element is a JavaScript number and which holds a number beyond ±2^53 − 1, which the AWS SDK refuses; use bigints or NumberValues throughout',
  unsupported: false,
};
const REPEATED_IN_SET: Problem = {
  text: 'a Set holding one value twice (e.g. 1 and 1n, or two binaries of the same bytes), which DynamoDB refuses; keep one',
  unsupported: false,
};
const EMPTY_SET: Problem = {
  text: 'an empty set, which DynamoDB cannot store (leave it out)',
  unsupported: false,
};
const MIXED_SET: Problem = {
  text: 'a Set mixing strings, numbers and binaries; a DynamoDB set holds one type: pass a list or split it',
  unsupported: true,
};
