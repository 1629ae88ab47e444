import 'reflect-metadata';
import type { EntityName } from '@dokklib/core';
import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import type { EntityClass } from './entity-class.js';
import type { KeyCodec } from './key-codec.js';

/** What a key's entity prefix refers to: an entity name, an `EntityName`, or an entity class. */
export type KeyPrefix = string | EntityName | EntityClass;

/** Which part of an index a key property makes up. */
export type KeyPart = 'partition' | 'sort';

/**
 * A property's type as a decorator option: the constructor TypeScript's `design:type`
 * metadata would name (`String`, `Number`, `Date`, `Set`, a class). Needed where the code is
 * compiled without `emitDecoratorMetadata` (esbuild, Vite, tsx).
 */
export type PropertyType = abstract new (...args: never[]) => unknown;

/** Options of the key decorators. */
export interface KeyOptions {
  /** The property's type, where the compiler emits no `design:type` (`String` for plain keys). */
  readonly type?: PropertyType;
  /** Position of this property in a key composed of several properties (1, 2, …). */
  readonly order?: number;
  /** Converts a value that is not a string to key text and back. */
  readonly codec?: KeyCodec;
}

/** A key property as a decorator records it. */
export interface KeyDeclaration {
  readonly kind: 'key';
  readonly property: string;
  /** The GSI's name, or `undefined` for the table's primary key. */
  readonly indexName: string | undefined;
  readonly part: KeyPart;
  readonly prefix: KeyPrefix | undefined;
  readonly order: number | undefined;
  readonly codec: KeyCodec | undefined;
  /** The `type` option, else TypeScript's `design:type`; `undefined` where neither is there. */
  readonly designType: unknown;
  /** Whether a `type` option or `design:type` metadata (even `undefined`, for `null`) was there. */
  readonly typeKnown: boolean;
}

/** What a stored, non-key property is for. */
export type AttributeRole = 'attribute' | 'version' | 'createdAt' | 'updatedAt' | 'timeToLive';

/** A stored property as a decorator records it. */
export interface AttributeDeclaration {
  readonly kind: 'attribute';
  readonly property: string;
  /** The attribute name in DynamoDB. */
  readonly name: string;
  readonly role: AttributeRole;
  readonly designType: unknown;
  /** As {@link KeyDeclaration.typeKnown}. */
  readonly typeKnown: boolean;
}

/** Anything a property decorator records. */
export type PropertyDeclaration = KeyDeclaration | AttributeDeclaration;

const DECLARATIONS = 'dokklib:declarations';

/** Records a property declaration on the class that declares the property. */
export function declareProperty(
  prototype: object,
  declaration:
    | Omit<KeyDeclaration, 'designType' | 'typeKnown'>
    | Omit<AttributeDeclaration, 'designType' | 'typeKnown'>,
  type: PropertyType | undefined,
): void {
  const target = prototype.constructor;
  const designType: unknown =
    type ?? Reflect.getMetadata('design:type', prototype, declaration.property);
  // TypeScript emits `undefined` for `null`/`undefined` types: the key is there, the value not.
  const typeKnown =
    type !== undefined || Reflect.hasMetadata('design:type', prototype, declaration.property);
  const own = (Reflect.getOwnMetadata(DECLARATIONS, target) ?? []) as PropertyDeclaration[];
  Reflect.defineMetadata(
    DECLARATIONS,
    [...own, { ...declaration, designType, typeKnown } as PropertyDeclaration],
    target,
  );
}

/** The property declarations of a class and its base classes, base classes first. */
export function declarationsOf(target: object): PropertyDeclaration[] {
  const chain: object[] = [];
  for (let c: unknown = target; typeof c === 'function' && c !== Function.prototype;) {
    chain.unshift(c);
    c = Object.getPrototypeOf(c);
  }
  return chain.flatMap(
    (c) => (Reflect.getOwnMetadata(DECLARATIONS, c) ?? []) as PropertyDeclaration[],
  );
}

/** The property name a decorator was applied to; symbols are refused. */
export function propertyName(key: string | symbol, decorator: string): string {
  if (typeof key === 'symbol') {
    throw new EntityDefinitionError(`@${decorator} cannot decorate a symbol-named property.`);
  }
  return key;
}
