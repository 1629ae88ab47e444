import { assignAttribute, type Attributes } from '@dokklib/core';

/**
 * `{ ...first, ...rest }` for attribute objects (own string keys), built by assignment, which
 * is several times faster than V8's spread into a literal.
 */
export function mergeAttributes(...sources: readonly Attributes[]): Attributes {
  const result: Attributes = {};
  for (const source of sources) assignAttributes(result, source);
  return result;
}

/** `Object.assign(target, source)` with spread semantics: `'__proto__'` becomes an own attribute. */
export function assignAttributes(target: Attributes, source: Attributes): void {
  for (const name of Object.keys(source)) assignAttribute(target, name, source[name]);
}
