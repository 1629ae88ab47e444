import { ValidationError } from '@dokklib/core';

/** Map keys class-transformer cannot carry: it crashes on `constructor` and drops the others on read. */
const OBJECT_MEMBER_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Refuses a stored property whose value holds, at any depth, a map key that names a member
 * of `Object.prototype` (`constructor`, `toString`, `valueOf`, `__proto__`…), which
 * class-transformer would lose or crash on. `where` names the property: `'Order.meta'`.
 * @throws {ValidationError} naming the path of the first such key.
 */
export function checkMapKeys(value: unknown, where: string): void {
  const path = objectMemberKeyPath(value, new Set());
  if (path !== undefined) {
    throw new ValidationError(
      `${where}${path.reverse().join('')} is a map key that names a member of Object.prototype; class-transformer cannot store and read it back. Rename the key.`,
    );
  }
}

/** The path (last step first) to the first such key, depth first; built only when found. */
function objectMemberKeyPath(value: unknown, seen: Set<object>): string[] | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (Array.isArray(value) || value instanceof Set) {
    let index = 0;
    for (const element of value as Iterable<unknown>) {
      const found = objectMemberKeyPath(element, seen);
      if (found !== undefined) return [...found, `[${index}]`];
      index += 1;
    }
    return undefined;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  const plain = prototype === Object.prototype || prototype === null;
  if (!plain && !isEntityLike(value)) return undefined;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (plain) {
    const member = keys.find((key) => OBJECT_MEMBER_NAMES.has(key));
    if (member !== undefined) return [`.${member}`];
  }
  for (const key of keys) {
    const found = objectMemberKeyPath(record[key], seen);
    if (found !== undefined) return [...found, `.${key}`];
  }
  return undefined;
}

/** A nested class instance (walked for its maps); not a Date, binary or the SDK's NumberValue. */
function isEntityLike(value: object): boolean {
  return (
    !(value instanceof Date || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) &&
    value.constructor?.name !== 'NumberValue'
  );
}
