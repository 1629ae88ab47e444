import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { checkStorableValue } from '../items/check-storable-value.js';
import { type AttributePath, pathSegments } from './attribute-path.js';

/** The placeholder maps of a request, in the SDK's field names. */
export interface ExpressionAttributes {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, NativeAttributeValue>;
}

/**
 * Hands out placeholders for one request, so no attribute name or value ever appears in
 * an expression string. Names get `#n0`, `#n1`… (one per distinct name); values get
 * `:v0`, `:v1`…. All expressions of one request share one context.
 */
export class ExpressionContext {
  readonly #names = new Map<string, string>();
  /** Placeholder -> name, built as names are added so that requests need no copy. */
  #attributeNames: Record<string, string> | undefined;
  #attributeValues: Record<string, NativeAttributeValue> | undefined;
  #valueCount = 0;

  /** The placeholder of an attribute name. */
  name(attributeName: string): string {
    let placeholder = this.#names.get(attributeName);
    if (placeholder === undefined) {
      placeholder = `#n${this.#names.size}`;
      this.#names.set(attributeName, placeholder);
      (this.#attributeNames ??= {})[placeholder] = attributeName;
    }
    return placeholder;
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
    const placeholder = `:v${this.#valueCount}`;
    this.#valueCount += 1;
    (this.#attributeValues ??= {})[placeholder] = value;
    return placeholder;
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
}
