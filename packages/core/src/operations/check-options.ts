import { ValidationError } from '../errors/validation-error.js';
import { Condition } from '../expressions/condition.js';
import { isPlainObject } from '../items/check-storable-value.js';
import { describe } from '../keys/entity-name.js';

/** What an option must be; a list of strings for one of those strings. */
export type OptionKind =
  | 'boolean'
  | 'string'
  | 'function'
  | 'condition'
  | 'index'
  | 'paths'
  | 'record'
  | readonly string[];

/** The options an operation takes and what each must be. */
export type OptionShape = Readonly<Record<string, OptionKind>>;

/**
 * Checks at run time (for JavaScript callers) that `options` is an object whose options
 * named in `shape` are absent or of their kind. Options the shape leaves out are checked
 * where they are used; unknown names are ignored. Costs one test per option of the shape.
 * `what` names the object: `'the options of put'`.
 * @throws {ValidationError} naming the option, `what`, and what the option must be.
 */
export function checkOptions(options: unknown, shape: OptionShape, what: string): void {
  if (options === undefined) return;
  if (!isPlainObject(options)) {
    throw new ValidationError(
      `${capitalized(what)} must be an object; got ${describeValue(options)}.`,
    );
  }
  for (const name in shape) {
    const value = options[name];
    const kind = shape[name] as OptionKind;
    if (value !== undefined && !isOfKind(value, kind)) {
      throw new ValidationError(
        `${name} in ${what} must be ${expected(kind)}; got ${describeValue(value)}.`,
      );
    }
  }
}

function isOfKind(value: unknown, kind: OptionKind): boolean {
  switch (kind) {
    case 'boolean':
    case 'string':
    case 'function':
      return typeof value === kind;
    case 'condition':
      return value instanceof Condition;
    case 'index':
      return isPlainIndex(value);
    case 'paths':
      return Array.isArray(value);
    case 'record':
      return isPlainObject(value);
    default:
      return typeof value === 'string' && kind.includes(value);
  }
}

function isPlainIndex(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const index = value as Record<string, unknown>;
  return (
    typeof index.indexName === 'string' &&
    typeof index.partitionKey === 'string' &&
    typeof index.sortKey === 'string'
  );
}

function expected(kind: OptionKind): string {
  switch (kind) {
    case 'boolean':
    case 'string':
    case 'function':
      return `a ${kind}`;
    case 'condition':
      return 'a Condition built with attr(…)';
    case 'index':
      return 'a GlobalSecondaryIndex';
    case 'paths':
      return "a list of attribute paths (e.g. ['name'])";
    case 'record':
      return 'an object of attribute names to values (e.g. { name: value })';
    default:
      return `one of ${kind.map((option) => JSON.stringify(option)).join(', ')}`;
  }
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return `the list ${JSON.stringify(value)}`;
  return typeof value === 'object' && value !== null ? 'an object' : describe(value);
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
