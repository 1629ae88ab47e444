/** A class whose instances are entities: constructible without arguments, as class-transformer needs. */
export type EntityClass<T extends object = object> = new () => T;

/**
 * Names an entity's key properties for the type checker, so that key arguments are
 * checked at compile time: `declare [KeyProps]?: 'user' | 'group';`.
 */
export const KeyProps: unique symbol = Symbol('dokklib.keyProps');

type StringKeys<T> = Extract<keyof T, string>;

type ScalarProperties<T> = {
  [K in StringKeys<T>]-?: NonNullable<T[K]> extends string | number ? K : never;
}[StringKeys<T>];

type DeclaredKeyProperties<T> = T extends { readonly [KeyProps]?: infer K }
  ? Extract<NonNullable<K>, StringKeys<T>>
  : never;

/**
 * The key of an entity of class `T`: its key properties.
 *
 * With `declare [KeyProps]?: 'user' | 'group'` on the class this is exactly
 * `{ user: string; group: string }`; without it, any of the class's string and number
 * properties, so a misspelt property still fails to compile (missing parts are found at
 * run time).
 */
export type KeyOf<T> = [DeclaredKeyProperties<T>] extends [never]
  ? { readonly [K in ScalarProperties<T>]?: T[K] }
  : { readonly [K in DeclaredKeyProperties<T>]: T[K] };

/** Part of the key of an entity of class `T`, for queries: any leading key properties. */
export type PartialKeyOf<T> = Partial<KeyOf<T>>;

/**
 * Any of an entity's string and number properties: the key of a query of a custom GSI,
 * whose key properties `@IndexKey` declares (checked at run time).
 */
export type IndexKeyOf<T> = { readonly [K in ScalarProperties<T>]?: T[K] };
