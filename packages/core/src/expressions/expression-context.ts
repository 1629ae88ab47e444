import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../errors/validation-error.js';
import { checkStorableValue } from '../items/check-storable-value.js';
import { isWellFormed } from '../items/is-well-formed.js';
import { type AttributePath, pathSegments } from './attribute-path.js';

/** The placeholder maps of a request, in the SDK's field names. */
export interface ExpressionAttributes {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, NativeAttributeValue>;
}

/** Placeholders made once: the same strings serve every request (beyond, they are built). */
const NAME_PLACEHOLDERS = Array.from({ length: 64 }, (_, index) => `#n${index}`);
const VALUE_PLACEHOLDERS = Array.from({ length: 64 }, (_, index) => `:v${index}`);

/** Up to this many names, a name is looked up by scanning them: cheaper than a `Map`. */
const SCANNED_NAMES = 16;

/**
 * Hands out placeholders for one request, so no attribute name or value ever appears in
 * an expression string. Names get `#n0`, `#n1`… (one per distinct name); values get
 * `:v0`, `:v1`…. All expressions of one request share one context.
 */
export class ExpressionContext {
  /** The distinct names, in placeholder order. */
  readonly #names: string[] = [];
  /** Name -> position in `#names`, once there are too many names to scan. */
  #positions: Map<string, number> | undefined;
  /** The values, in placeholder order. */
  readonly #values: NativeAttributeValue[] = [];

  /** The placeholder of an attribute name. @throws {ValidationError} for an empty name or a lone surrogate in it. */
  name(attributeName: string): string {
    const known = this.#positionOf(attributeName);
    if (known >= 0) return placeholder(NAME_PLACEHOLDERS, '#n', known);
    checkName(attributeName);
    const position = this.#names.push(attributeName) - 1;
    if (this.#positions !== undefined) {
      this.#positions.set(attributeName, position);
    } else if (position >= SCANNED_NAMES) {
      this.#positions = new Map(this.#names.map((name, index) => [name, index]));
    }
    return placeholder(NAME_PLACEHOLDERS, '#n', position);
  }

  /** The placeholder of a path: `#n0.#n1[2]`. */
  path(path: AttributePath): string {
    if (typeof path === 'string' && path.length > 0) return this.name(path);
    return pathSegments(path)
      .map((segment, position) => {
        if (typeof segment === 'number') return `[${segment}]`;
        return (position === 0 ? '' : '.') + this.name(segment);
      })
      .join('');
  }

  /**
   * A new placeholder for a value.
   * @throws {ValidationError} for `undefined` or what `checkStorableValue` refuses.
   */
  value(value: NativeAttributeValue): string {
    if (value === undefined) {
      throw new ValidationError(
        'An expression value is undefined, which DynamoDB cannot compare with; use attr(…).notExists() or pass null.',
      );
    }
    checkStorableValue(value, 'An expression value', 1);
    const position = this.#values.push(value) - 1;
    return placeholder(VALUE_PLACEHOLDERS, ':v', position);
  }

  /**
   * The maps to put in the request; empty maps are left out, as DynamoDB requires. Each
   * call builds new maps, so placeholders handed out later never change earlier ones.
   */
  toAttributes(): ExpressionAttributes {
    return this.addAttributesTo({});
  }

  /** Sets the maps of {@link toAttributes} on `request` itself, saving a new object; returns it. */
  addAttributesTo<Request extends object>(request: Request): Request & ExpressionAttributes {
    const target: Request & ExpressionAttributes = request;
    if (this.#names.length > 0) {
      target.ExpressionAttributeNames = placeholderMap(NAME_PLACEHOLDERS, '#n', this.#names);
    }
    if (this.#values.length > 0) {
      target.ExpressionAttributeValues = placeholderMap(VALUE_PLACEHOLDERS, ':v', this.#values);
    }
    return target;
  }

  /** Where the name is in `#names`, or -1. */
  #positionOf(attributeName: string): number {
    if (this.#positions !== undefined) return this.#positions.get(attributeName) ?? -1;
    return this.#names.indexOf(attributeName);
  }
}

function checkName(name: string): void {
  if (typeof name !== 'string' || name.length === 0) {
    throw new ValidationError(
      `An attribute name must be a non-empty string; got ${JSON.stringify(name)}.`,
    );
  }
  if (!isWellFormed(name)) {
    throw new ValidationError(
      `The attribute name ${JSON.stringify(name)} holds a lone surrogate (not well-formed UTF-16), which DynamoDB cannot store exactly.`,
    );
  }
}

/** Placeholder -> entry, for every entry in order. */
function placeholderMap<T>(
  made: readonly string[],
  prefix: string,
  entries: readonly T[],
): Record<string, T> {
  const map: Record<string, T> = {};
  for (let index = 0; index < entries.length; index += 1) {
    map[placeholder(made, prefix, index)] = entries[index] as T;
  }
  return map;
}

/** The placeholder made in advance, or a new one past them. */
function placeholder(made: readonly string[], prefix: string, index: number): string {
  return made[index] ?? `${prefix}${index}`;
}
