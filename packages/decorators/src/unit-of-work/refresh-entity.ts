import type { EntityMetadata } from '../metadata/entity-metadata.js';

/**
 * Gives `entity` the stored properties of `fresh` (a new read of its item): keys, index
 * keys and attributes; those `fresh` lacks are deleted. Other properties are kept.
 */
export function refreshEntity(metadata: EntityMetadata, entity: object, fresh: object): void {
  const target = entity as Record<string, unknown>;
  const source = fresh as Record<string, unknown>;
  for (const property of storedProperties(metadata)) {
    if (source[property] === undefined) delete target[property];
    else target[property] = source[property];
  }
}

function storedProperties(metadata: EntityMetadata): Set<string> {
  const keys = [
    metadata.partitionKey,
    metadata.sortKey,
    ...metadata.indexKeys.flatMap((k) => [k.partitionKey, k.sortKey]),
  ];
  return new Set([
    ...keys.flatMap((key) => key?.parts.map((p) => p.property) ?? []),
    ...metadata.attributes.map((a) => a.property),
  ]);
}
