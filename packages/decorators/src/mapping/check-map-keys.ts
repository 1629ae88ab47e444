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
  const path = objectMemberKeyPath(value, where, new Set());
  if (path !== undefined) {
    throw new ValidationError(
      `${path} is a map key that names a member of Object.prototype; class-transformer cannot store and read it back. Rename the key.`,
    );
  }
}

function objectMemberKeyPath(value: unknown, path: string, seen: Set<object>): string | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (Array.isArray(value) || value instanceof Set) {
    return firstPath(
      [...value].map((element, i) => [element, `${path}[${i}]`]),
      seen,
    );
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  const plain = prototype === Object.prototype || prototype === null;
  if (!plain && !isEntityLike(value)) return undefined;
  const entries = Object.entries(value);
  if (plain) {
    const member = Object.keys(value).find((key) => OBJECT_MEMBER_NAMES.has(key));
    if (member !== undefined) return `${path}.${member}`;
  }
  return firstPath(
    entries.map(([key, element]) => [element, `${path}.${key}`]),
    seen,
  );
}

/** A nested class instance (walked for its maps); not a Date, binary or the SDK's NumberValue. */
function isEntityLike(value: object): boolean {
  return (
    !(value instanceof Date || ArrayBuffer.isView(value) || value instanceof ArrayBuffer) &&
    value.constructor?.name !== 'NumberValue'
  );
}

function firstPath(entries: [unknown, string][], seen: Set<object>): string | undefined {
  for (const [element, path] of entries) {
    const found = objectMemberKeyPath(element, path, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}
