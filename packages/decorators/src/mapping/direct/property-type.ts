import {
  defaultMetadataStorage as storage,
  type TypeMetadata,
} from 'class-transformer/cjs/storage.js';
import { convertsDirectly } from './converts-directly.js';
import { NotDirect } from './not-direct.js';

/** A class class-transformer may construct (`new type()`). */
export type Constructor = new () => object;

/** A property's `@Type` as class-transformer resolves it for one value. */
export interface PropertyType {
  /** The class to convert the value as; `undefined` without `@Type`. */
  readonly type: Constructor | undefined;
  /** The property's `design:type` when it has `@Type` (class-transformer's `arrayType`). */
  readonly reflectedType: unknown;
}

const UNTYPED: PropertyType = { type: undefined, reflectedType: undefined };
/** The `@Type`s of one class's properties, looked up once per property (`null`: none). */
export type ClassTypes = Map<string, TypeMetadata | null>;

const classTypes = new WeakMap<object, ClassTypes | null>();

/**
 * The cache of a class's `@Type`s, or `undefined` when neither it nor an ancestor has any.
 * Like `convertsDirectly`, decided once per class.
 */
export function typesOf(target: Constructor | undefined): ClassTypes | undefined {
  if (!target) return undefined;
  let types = classTypes.get(target);
  if (types === undefined) {
    const typed = [target, ...storage.getAncestors(target)].some(
      (c) => (storage._typeMetadatas.get(c)?.size ?? 0) > 0,
    );
    types = typed ? new Map() : null;
    classTypes.set(target, types);
  }
  return types ?? undefined;
}

/**
 * The plain object being converted, as a `@Type` function is given it: the object, or a
 * function making it (called once the type function reads it).
 */
export type PlainObjectSource = object | (() => object);

/**
 * The type of `object[property]` under `target`, whose `@Type`s are `types` (as
 * class-transformer asks: the type function called with the object being built).
 * @throws {NotDirect} if the type does not convert directly.
 */
export function propertyType(
  types: ClassTypes | undefined,
  target: Constructor | undefined,
  property: string,
  newObject: object,
  object: PlainObjectSource,
): PropertyType {
  if (types === undefined || !target) return UNTYPED;
  let metadata = types.get(property);
  if (metadata === undefined) {
    metadata = storage.findTypeMetadata(target, property) ?? null;
    types.set(property, metadata);
  }
  if (metadata === null) return UNTYPED;
  const type = metadata.typeFunction
    ? metadata.typeFunction(typeHelpOptions(newObject, object, property))
    : metadata.reflectedType;
  if (type !== undefined && type !== null && !convertsDirectly(type)) throw new NotDirect();
  return {
    type: (type ?? undefined) as Constructor | undefined,
    reflectedType: metadata.reflectedType,
  };
}

/** class-transformer's `TypeHelpOptions`; a made plain object is made when first read. */
function typeHelpOptions(
  newObject: object,
  object: PlainObjectSource,
  property: string,
): { newObject: object; object: object; property: string } {
  return typeof object === 'function'
    ? new LazyTypeHelpOptions(newObject, object as () => object, property)
    : { newObject, object, property };
}

/** `TypeHelpOptions` whose `object` is made when first read. */
class LazyTypeHelpOptions {
  readonly #makeObject: () => object;

  constructor(
    readonly newObject: object,
    makeObject: () => object,
    readonly property: string,
  ) {
    this.#makeObject = makeObject;
  }

  get object(): object {
    return this.#makeObject();
  }
}
