import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
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
  readonly #values = new Map<string, NativeAttributeValue>();

  /** The placeholder of an attribute name. */
  name(attributeName: string): string {
    let placeholder = this.#names.get(attributeName);
    if (placeholder === undefined) {
      placeholder = `#n${this.#names.size}`;
      this.#names.set(attributeName, placeholder);
    }
    return placeholder;
  }

  /** The placeholder of a path: `#n0.#n1[2]`. */
  path(path: AttributePath): string {
    return pathSegments(path)
      .map((segment, position) => {
        if (typeof segment === 'number') return `[${segment}]`;
        return (position === 0 ? '' : '.') + this.name(segment);
      })
      .join('');
  }

  /** A new placeholder for a value. */
  value(value: NativeAttributeValue): string {
    const placeholder = `:v${this.#values.size}`;
    this.#values.set(placeholder, value);
    return placeholder;
  }

  /** The maps to put in the request; empty maps are left out, as DynamoDB requires. */
  toAttributes(): ExpressionAttributes {
    const attributes: ExpressionAttributes = {};
    if (this.#names.size > 0) {
      attributes.ExpressionAttributeNames = Object.fromEntries(
        [...this.#names].map(([name, placeholder]) => [placeholder, name]),
      );
    }
    if (this.#values.size > 0) {
      attributes.ExpressionAttributeValues = Object.fromEntries(this.#values);
    }
    return attributes;
  }
}
