import 'reflect-metadata';
import { EntityName, InvalidKeyError } from '@dokklib/core';
import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import type { KeyDeclaration, KeyPrefix } from './declarations.js';
import type { EntityClass } from './entity-class.js';
import { type EntityDefinition, keyGroup } from './entity-definition.js';
import type {
  AttributeMetadata,
  EntityMetadata,
  IndexKeysMetadata,
  KeyMetadata,
} from './entity-metadata.js';
import { checkExposedNames } from './check-exposed-names.js';
import { checkNestedTypes } from './check-nested-types.js';
import { warnOfClassTransformerCopies } from './warn-of-class-transformer-copies.js';

const ENTITY = 'dokklib:entity';
const classesByName = new Map<string, EntityClass>();
const resolved = new WeakMap<object, EntityMetadata>();

/**
 * Registers a checked entity class under its name.
 * @throws {EntityDefinitionError} if another class has that entity name.
 */
export function registerEntity(definition: EntityDefinition): void {
  const other = classesByName.get(definition.name.name);
  if (other !== undefined && other !== definition.target) {
    throw new EntityDefinitionError(
      `The entity name ${definition.name.name} is used by classes ${other.name} and ${definition.target.name}; entity names must be unique.`,
    );
  }
  Reflect.defineMetadata(ENTITY, definition, definition.target);
  classesByName.set(definition.name.name, definition.target);
}

/** The class registered under an entity name, if any. */
export function entityClassNamed(name: string): EntityClass | undefined {
  return classesByName.get(name);
}

/** Every entity class registered so far, in registration order. */
export function registeredEntityClasses(): EntityClass[] {
  return [...classesByName.values()];
}

/** Whether a class is decorated with `@Entity`. */
export function isEntityClass(target: unknown): target is EntityClass {
  return typeof target === 'function' && Reflect.hasOwnMetadata(ENTITY, target);
}

/**
 * The metadata of an entity class, key prefixes resolved (once, then cached).
 * @throws {EntityDefinitionError} if the class is not an `@Entity`, or a key prefix is not
 * a valid entity name or differs between the parts of one key.
 */
export function entityMetadata<T extends object>(target: EntityClass<T>): EntityMetadata<T> {
  let metadata = resolved.get(target);
  if (metadata === undefined) {
    metadata = resolveMetadata(entityDefinition(target));
    resolved.set(target, metadata);
  }
  return metadata as EntityMetadata<T>;
}

/** The metadata of an entity's class. @throws {EntityDefinitionError} if it is not an entity. */
export function metadataOf<T extends object>(entity: T): EntityMetadata<T> {
  if (typeof entity !== 'object' || entity === null) {
    throw new EntityDefinitionError(`Expected an entity instance; got ${String(entity)}.`);
  }
  return entityMetadata(entity.constructor as EntityClass<T>);
}

/**
 * The checked declarations of an entity class, key prefixes as declared.
 * @throws {EntityDefinitionError} if the class is not an `@Entity`.
 */
export function entityDefinition(target: { readonly name: string }): EntityDefinition {
  const definition = isEntityClass(target)
    ? (Reflect.getOwnMetadata(ENTITY, target) as EntityDefinition)
    : undefined;
  if (definition === undefined) {
    throw new EntityDefinitionError(
      `Class ${target.name} is not an entity; decorate it with @Entity('NAME').`,
    );
  }
  return definition;
}

function resolveMetadata(definition: EntityDefinition): EntityMetadata {
  warnOfClassTransformerCopies();
  checkExposedNames(definition);
  checkNestedTypes(definition);
  const key = (indexName: string | undefined, part: 'partition' | 'sort') => {
    const parts = definition.keys.get(keyGroup(indexName, part));
    return parts === undefined ? undefined : resolveKey(definition, parts);
  };
  const role = (r: AttributeMetadata['role']) => definition.attributes.find((a) => a.role === r);
  return {
    target: definition.target,
    name: definition.name,
    partitionKey: key(undefined, 'partition') as KeyMetadata,
    sortKey: key(undefined, 'sort'),
    indexKeys: indexNames(definition).map((indexName): IndexKeysMetadata => ({
      indexName,
      partitionKey: key(indexName, 'partition'),
      sortKey: key(indexName, 'sort'),
    })),
    attributes: definition.attributes,
    version: role('version'),
    createdAt: role('createdAt'),
    updatedAt: role('updatedAt'),
    timeToLive: role('timeToLive'),
  };
}

function indexNames(definition: EntityDefinition): string[] {
  const names = new Set<string>();
  for (const parts of definition.keys.values()) {
    for (const part of parts) if (part.indexName !== undefined) names.add(part.indexName);
  }
  return [...names];
}

function resolveKey(definition: EntityDefinition, parts: readonly KeyDeclaration[]): KeyMetadata {
  const prefixes = new Set(
    parts
      .filter((p) => p.prefix !== undefined)
      .map((p) => resolvePrefix(definition, p.prefix as KeyPrefix).name),
  );
  if (prefixes.size > 1) {
    throw new EntityDefinitionError(
      `Entity ${definition.name.name}: the properties ${parts.map((p) => p.property).join(', ')} of one key give different prefixes (${[...prefixes].join(', ')}); give the prefix once or the same on each.`,
    );
  }
  const [prefix] = [...prefixes];
  return {
    prefix: prefix === undefined ? definition.name : new EntityName(prefix),
    parts: parts.map((p) => ({ property: p.property, codec: p.codec })),
  };
}

function resolvePrefix(definition: EntityDefinition, prefix: KeyPrefix): EntityName {
  if (prefix instanceof EntityName) return prefix;
  if (typeof prefix === 'function') return entityDefinition(prefix).name;
  try {
    return new EntityName(prefix);
  } catch (error) {
    if (!(error instanceof InvalidKeyError)) throw error;
    throw new EntityDefinitionError(
      `Entity ${definition.name.name} uses the key prefix ${JSON.stringify(prefix)}: ${error.message}`,
      { cause: error },
    );
  }
}
