import { NotDirect } from './not-direct.js';
import { objectTargetType } from './object-target-type.js';
import { type Constructor, propertyType, typesOf } from './property-type.js';

/**
 * What class-transformer's `plainToInstance(target, plain)` returns (default options), for a
 * `target` that converts directly (`convertsDirectly`), step for step as its
 * `TransformOperationExecutor` does: arrays and sets become arrays, `Date`s copies, plain
 * objects plain objects (or instances of their `@Type`, or of their own class);
 * `__proto__`, `constructor`, methods and getters without setters of the class are skipped.
 * @throws {NotDirect} (possibly after constructing instances) where the value holds something
 * class-transformer treats otherwise (a decorated class, `Map`, `Buffer`, promise…).
 */
export function directPlainToInstance<T extends object>(target: new () => T, plain: object): T {
  return toInstance(plain, target, undefined, false) as T;
}

function toInstance(
  value: unknown,
  targetType: Constructor | undefined,
  arrayType: unknown,
  isMap: boolean,
): unknown {
  // Not an object (nor a `Map`): class-transformer returns it as is, as the types it would
  // convert (`String`, `Number`, `Boolean`, `Date`, `Buffer`) never convert directly.
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value) || value instanceof Set) {
    // class-transformer instantiates a `@Type` property's design type; `new Array()` is `[]`.
    if (arrayType !== undefined && arrayType !== null && arrayType !== Array) throw new NotDirect();
    const result: unknown[] = [];
    (value as unknown[]).forEach((element: unknown) => {
      result.push(toInstance(element, targetType, undefined, element instanceof Map));
    });
    return result;
  }
  if (isMap) throw new NotDirect();
  if (value instanceof Date) return new Date(value.valueOf());
  return toObject(value as Record<string, unknown>, objectTargetType(value, targetType));
}

const hasOwn = (object: object, key: string): boolean => Object.hasOwn(object, key);

function toObject(value: Record<string, unknown>, targetType: Constructor | undefined): object {
  const newValue = (targetType ? new targetType() : {}) as Record<string, unknown>;
  const types = typesOf(targetType);
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor') continue;
    const subValue = value[key];
    const { type, reflectedType } = propertyType(types, targetType, key, newValue, value);
    const arrayType = Array.isArray(subValue) ? reflectedType : undefined;
    // class-transformer leaves alone what the class defines without a setter, and methods.
    const prototype = (newValue.constructor as { prototype?: object }).prototype;
    if (prototype) {
      const descriptor = hasOwn(prototype, key)
        ? Object.getOwnPropertyDescriptor(prototype, key)
        : undefined;
      if ((descriptor && !descriptor.set) || newValue[key] instanceof Function) continue;
    }
    newValue[key] = toInstance(subValue, type, arrayType, subValue instanceof Map);
  }
  return newValue;
}
