import { KeyChangeError } from '../errors/key-change-error.js';
import type { EntityMetadata } from '../metadata/entity-metadata.js';
import { describeEntity } from './entity-key.js';

/** The properties of an entity's primary key, partition key first. */
export function keyProperties(metadata: EntityMetadata): string[] {
  return [...metadata.partitionKey.parts, ...(metadata.sortKey?.parts ?? [])].map(
    (p) => p.property,
  );
}

/** The entity's key property values, to tell later whether its key changed. */
export function keyValuesOf(metadata: EntityMetadata, entity: object): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const property of keyProperties(metadata)) {
    values[property] = (entity as Record<string, unknown>)[property];
  }
  return values;
}

/**
 * Refuses `changes` of an update that set a key property.
 * @throws {KeyChangeError} naming the entity and the key properties.
 */
export function checkNoKeyChange(metadata: EntityMetadata, entity: object, changes: object): void {
  const touched = keyProperties(metadata).filter((p) => p in changes);
  if (touched.length > 0) throw keyChangeError(metadata, entity, entity, touched);
}

/**
 * Refuses an entity whose key properties differ from the values it was loaded with.
 * @throws {KeyChangeError} naming the entity by its loaded key, and the changed properties.
 */
export function checkKeyAsLoaded(
  metadata: EntityMetadata,
  entity: object,
  loaded: Readonly<Record<string, unknown>>,
): void {
  const current = entity as Record<string, unknown>;
  // Key values are strings or what a key codec turns into one (numbers, dates).
  const touched = keyProperties(metadata).filter((p) => String(current[p]) !== String(loaded[p]));
  if (touched.length > 0) throw keyChangeError(metadata, entity, loaded, touched);
}

function keyChangeError(
  metadata: EntityMetadata,
  entity: object,
  named: object,
  touched: string[],
): KeyChangeError {
  return new KeyChangeError(
    `An update of ${describeEntity(metadata, named)} cannot change its key (${touched.join(', ')}); delete it and insert a new one.`,
    entity,
    touched,
  );
}
