import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { checkStorableValue } from '../items/check-storable-value.js';
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
  /** Placeholder -> name, built as names are added. */
  #attributeNames: Record<string, string> | undefined;
  #attributeValues: Record<string, NativeAttributeValue> | undefined;
  #valueCount = 0;

  /** The placeholder of an attribute name. */
  name(attributeName: string): string {
    const known = this.#positionOf(attributeName);
    if (known >= 0) return placeholder(NAME_PLACEHOLDERS, '#n', known);
    const position = this.#names.push(attributeName) - 1;
    if (this.#positions !== undefined) {
      this.#positions.set(attributeName, position);
    } else if (position >= SCANNED_NAMES) {
      this.#positions = new Map(this.#names.map((name, index) => [name, index]));
    }
    const text = placeholder(NAME_PLACEHOLDERS, '#n', position);
    (this.#attributeNames ??= {})[text] = attributeName;
    return text;
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

  /** A new placeholder for a value. @throws {ValidationError} for an empty set or unsafe number in it. */
  value(value: NativeAttributeValue): string {
    checkStorableValue(value, 'An expression value');
    const text = placeholder(VALUE_PLACEHOLDERS, ':v', this.#valueCount);
    this.#valueCount += 1;
    (this.#attributeValues ??= {})[text] = value;
    return text;
  }

  /** The maps to put in the request; empty maps are left out, as DynamoDB requires. */
  toAttributes(): ExpressionAttributes {
    const attributes: ExpressionAttributes = {};
    if (this.#attributeNames !== undefined) {
      attributes.ExpressionAttributeNames = { ...this.#attributeNames };
    }
    if (this.#attributeValues !== undefined) {
      attributes.ExpressionAttributeValues = { ...this.#attributeValues };
    }
    return attributes;
  }

  /** Where the name is in `#names`, or -1. */
  #positionOf(attributeName: string): number {
    if (this.#positions !== undefined) return this.#positions.get(attributeName) ?? -1;
    return this.#names.indexOf(attributeName);
  }
}

/** The placeholder made in advance, or a new one past them. */
function placeholder(made: readonly string[], prefix: string, index: number): string {
  return made[index] ?? `${prefix}${index}`;
}
