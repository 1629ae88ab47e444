import { NotDirect } from './not-direct.js';
import { objectTargetType } from './object-target-type.js';
import { type Constructor, propertyType, typesOf } from './property-type.js';

/**
 * What class-transformer's `instanceToPlain(entity)` returns (default options), for an
 * entity whose class converts directly (`convertsDirectly`), step for step as its
 * `TransformOperationExecutor` does: own enumerable keys but `__proto__` and `constructor`,
 * arrays and sets as arrays, `Date`s copied, objects (plain or instances of classes that
 * convert directly) as plain objects, anything else as is.
 * @throws {NotDirect} where the value holds something class-transformer treats otherwise (a
 * decorated class, a `Map`, `Buffer`, promise, function-valued or accessor property…).
 */
export function directInstanceToPlain(entity: object): Record<string, unknown> {
  return toPlain(entity, undefined, false) as Record<string, unknown>;
}

function toPlain(value: unknown, targetType: Constructor | undefined, isMap: boolean): unknown {
  // Not an object: as is (see `directPlainToInstance`).
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value) || value instanceof Set) {
    const result: unknown[] = [];
    (value as unknown[]).forEach((element: unknown) => {
      result.push(toPlain(element, targetType, element instanceof Map));
    });
    return result;
  }
  if (isMap) throw new NotDirect();
  if (value instanceof Date) return new Date(value.valueOf());
  return toObject(value as Record<string, unknown>, objectTargetType(value, targetType));
}

function toObject(value: Record<string, unknown>, type: Constructor | undefined): object {
  const newValue: Record<string, unknown> = {};
  const types = typesOf(type);
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor') continue;
    // class-transformer calls function-valued properties and reads getters several times.
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined || !('value' in descriptor)) throw new NotDirect();
    const subValue: unknown = descriptor.value;
    if (subValue instanceof Function) throw new NotDirect();
    const { type: subType } = propertyType(types, type, key, newValue, value);
    newValue[key] = toPlain(subValue, subType, subValue instanceof Map);
  }
  return newValue;
}
