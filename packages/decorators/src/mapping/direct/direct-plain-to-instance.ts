import { isOpaqueValue } from '../lost-values.js';
import { NotDirect } from './not-direct.js';
import { objectTargetType } from './object-target-type.js';
import {
  type ClassTypes,
  type Constructor,
  type PlainObjectSource,
  propertyType,
  typesOf,
} from './property-type.js';

/**
 * What class-transformer's `plainToInstance(target, plain)` returns (default options), for a
 * `target` that converts directly (`convertsDirectly`), step for step as its
 * `TransformOperationExecutor` does: arrays and sets become arrays, `Date`s copies, plain
 * objects plain objects (or instances of their `@Type`, or of their own class);
 * `__proto__`, `constructor`, methods and getters without setters of the class are skipped.
 * @throws {NotDirect} (possibly after constructing instances) where the value holds something
 * class-transformer treats otherwise (a decorated class, `Map`, `Buffer`, promise…), or
 * binary or a `NumberValue`, which `itemToEntity` keeps as they are.
 */
export function directPlainToInstance<T extends object>(target: new () => T, plain: object): T {
  return toInstance(plain, target, undefined, false, 0) as T;
}

/**
 * How deep a value is: 0 the entity, 1 the value of one of its properties, 2 anything
 * inside that. A `Set` deeper than a property's value leaves the direct path: class-transformer
 * copies it as an array, which `itemToEntity` makes a `Set` again (see `restoreLostValues`).
 */
type Depth = 0 | 1 | 2;

function toInstance(
  value: unknown,
  targetType: Constructor | undefined,
  arrayType: unknown,
  isMap: boolean,
  depth: Depth,
): unknown {
  // Not an object (nor a `Map`): class-transformer returns it as is, as the types it would
  // convert (`String`, `Number`, `Boolean`, `Date`, `Buffer`) never convert directly.
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value) || value instanceof Set) {
    // class-transformer instantiates a `@Type` property's design type; `new Array()` is `[]`.
    if (arrayType !== undefined && arrayType !== null && arrayType !== Array) throw new NotDirect();
    if (depth === 2 && value instanceof Set) throw new NotDirect();
    const result: unknown[] = [];
    (value as unknown[]).forEach((element: unknown) => {
      result.push(toInstance(element, targetType, undefined, element instanceof Map, 2));
    });
    return result;
  }
  if (isMap || isOpaqueValue(value)) throw new NotDirect();
  if (value instanceof Date) return new Date(value.valueOf());
  return toObject(value as Record<string, unknown>, objectTargetType(value, targetType), depth);
}

function toObject(
  value: Record<string, unknown>,
  targetType: Constructor | undefined,
  depth: Depth,
): object {
  const newValue = (targetType ? new targetType() : {}) as Record<string, unknown>;
  const types = typesOf(targetType);
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor') continue;
    setConvertedProperty(newValue, targetType, types, key, value[key], value, undefined, depth);
  }
  return newValue;
}

/**
 * One step of `directPlainToInstance`'s object conversion: sets `newValue[key]` to `subValue`,
 * the value of `key` in the plain `object`, converted (a `@Type` of `targetType`, whose
 * `@Type`s are `types`, called with `newValue` and `object`), unless the class leaves that
 * key alone (a method, or a getter without a setter). `definedOnPrototype` is whether
 * `newValue`'s prototype defines `key` without a setter, when the caller knows it; `depth`
 * is `newValue`'s own (0 for the entity).
 * @throws {NotDirect} as `directPlainToInstance`.
 */
export function setConvertedProperty(
  newValue: Record<string, unknown>,
  targetType: Constructor | undefined,
  types: ClassTypes | undefined,
  key: string,
  subValue: unknown,
  object: PlainObjectSource,
  definedOnPrototype?: boolean,
  depth: Depth = 0,
): void {
  const { type, reflectedType } = propertyType(types, targetType, key, newValue, object);
  const arrayType = Array.isArray(subValue) ? reflectedType : undefined;
  // class-transformer leaves alone what the class defines without a setter, and methods.
  if (definedOnPrototype === undefined) {
    const prototype = (newValue.constructor as { prototype?: object }).prototype;
    if (prototype && (definesWithoutSetter(prototype, key) || newValue[key] instanceof Function)) {
      return;
    }
  } else if (definedOnPrototype || newValue[key] instanceof Function) {
    return;
  }
  newValue[key] =
    typeof subValue !== 'object' || subValue === null
      ? subValue
      : toInstance(subValue, type, arrayType, subValue instanceof Map, depth === 0 ? 1 : 2);
}

/** Whether `prototype` has an own property `key` without a setter (a method, or a getter only). */
export function definesWithoutSetter(prototype: object, key: string): boolean {
  if (!Object.hasOwn(prototype, key)) return false;
  const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
  return descriptor !== undefined && !descriptor.set;
}
