import { inspect } from 'node:util';

/** A value as one line for messages: `'alice'`, `3`, `Set(2) { 'a', 'b' }`. */
export function formatValue(value: unknown): string {
  return inspect(value, { depth: 6, breakLength: Infinity, compact: true });
}

/**
 * An entity as one line for messages, leaving out properties that are `undefined` (class
 * fields declared without a value): `Membership { user: 'alice', group: 'g1' }`.
 */
export function formatEntity(entity: unknown): string {
  if (typeof entity !== 'object' || entity === null || Array.isArray(entity)) {
    return formatValue(entity);
  }
  const shown = Object.create(Object.getPrototypeOf(entity) as object | null) as object;
  for (const [property, value] of Object.entries(entity)) {
    if (value !== undefined) Object.defineProperty(shown, property, { value, enumerable: true });
  }
  return formatValue(shown);
}
