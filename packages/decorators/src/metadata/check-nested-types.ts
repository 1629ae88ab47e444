import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { defaultMetadataStorage as storage } from 'class-transformer/cjs/storage.js';
import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import { classTransformerEntry } from '../mapping/direct/class-transformer-entry.js';
import { readsTransformersStorage } from '../mapping/direct/converts-directly.js';
import type { EntityDefinition } from './entity-definition.js';
import { describeClassTransformer, projectClassTransformer } from './locate-class-transformer.js';
import { ownClassTransformer } from './own-class-transformer.js';

/** Types a stored value is read back as without `@Type`. */
const READ_AS_IS: ReadonlySet<unknown> = new Set<unknown>([
  Object,
  Array,
  String,
  Number,
  Boolean,
  BigInt,
  Date,
  Map,
  Set,
  Uint8Array,
  ArrayBuffer,
  globalThis.Buffer,
  NumberValue,
]);

/**
 * Refuses a stored property declared as a class of the user's (`address?: Address`) that
 * has neither `@Type` nor `@Transform` in the class-transformer storage this package reads:
 * it would read back as a plain object. Either the `@Type` was forgotten, or the user's
 * decorators filled another copy of class-transformer; the message names the copies.
 * @throws {EntityDefinitionError} naming the property, its class and the copies found.
 */
export function checkNestedTypes(definition: EntityDefinition): void {
  const { target } = definition;
  for (const { property, designType } of definition.attributes) {
    if (typeof designType !== 'function' || READ_AS_IS.has(designType)) continue;
    if (declaresType(target, property)) continue;
    const typeName = designType.name;
    throw new EntityDefinitionError(
      `Entity ${definition.name.name}: property ${property} is declared as class ${typeName}, but the class-transformer that @dokklib/decorators reads${where(ownClassTransformer())} holds no @Type for it, so it would read back as a plain object. Declare @Type(() => ${typeName}) from 'class-transformer'.${copiesHint()}`,
    );
  }
}

/**
 * Whether class-transformer has a `@Type` or `@Transform` for the property: in the storage
 * imported here, or, where that is not the storage the main entry fills (bundles that
 * resolve class-transformer to its ES build; decided once, as the direct conversion
 * decides it), by what the entry reads back.
 */
function declaresType(target: EntityDefinition['target'], property: string): boolean {
  if (storage.findTypeMetadata(target, property) !== undefined || transforms(target, property)) {
    return true;
  }
  return !readsTransformersStorage() && entryReadsAsClass(target, property);
}

/** Whether the main entry reads `{ [property]: {} }` back with a class instance there. */
function entryReadsAsClass(target: EntityDefinition['target'], property: string): boolean {
  try {
    const read = classTransformerEntry().plainToInstance(target, { [property]: {} }) as Record<
      string,
      unknown
    >;
    const value = read[property];
    return (
      typeof value === 'object' &&
      value !== null &&
      Object.getPrototypeOf(value) !== Object.prototype
    );
  } catch {
    return true; // a @Transform that refuses the probe: it is there
  }
}

function transforms(target: object, property: string): boolean {
  return [target, ...storage.getAncestors(target)].some(
    (c) => storage._transformMetadatas.get(c)?.has(property) === true,
  );
}

function where(copy: string | undefined): string {
  return copy === undefined ? '' : ` (${describeClassTransformer(copy)})`;
}

/** What to do if the `@Type` is there: a second copy of class-transformer holds it. */
function copiesHint(): string {
  const own = ownClassTransformer();
  const project = projectClassTransformer();
  const second =
    project !== undefined && own !== undefined && project !== own
      ? `: your project's${where(project)} beside the one @dokklib/decorators reads${where(own)}`
      : '';
  return ` If it is declared, your @Type went to a second copy of class-transformer${second}. class-transformer is a peer dependency of @dokklib/decorators: install one copy of a supported version (npm ls class-transformer shows them).`;
}
