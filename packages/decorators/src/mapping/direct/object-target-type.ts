import { convertsDirectly } from './converts-directly.js';
import { NotDirect } from './not-direct.js';
import type { Constructor } from './property-type.js';

/**
 * The class a non-array, non-`Date` object converts into, as class-transformer picks it:
 * the given type, else the object's own class (none for a plain object).
 * @throws {NotDirect} for what class-transformer treats otherwise: a `Buffer`, a promise, an
 * object built by `Array` that is not an array, or a class that does not convert directly.
 */
export function objectTargetType(
  value: object,
  targetType: Constructor | undefined,
): Constructor | undefined {
  if (value instanceof Buffer || typeof (value as { then?: unknown }).then === 'function') {
    throw new NotDirect();
  }
  if (targetType || value.constructor === Object) return targetType;
  // class-transformer refuses an array's constructor on a non-array (an "array bomb").
  if (value.constructor === Array) throw new NotDirect();
  const type = value.constructor as Constructor | undefined;
  if (type && !convertsDirectly(type)) throw new NotDirect();
  return type;
}
