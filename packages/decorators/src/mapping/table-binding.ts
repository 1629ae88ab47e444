import type { GlobalSecondaryIndex, TableConfig } from '@dokklib/core';
import { EntityDefinitionError } from '../errors/entity-definition-error.js';
import { ENTITY_TYPE_ATTRIBUTE } from '../metadata/entity-definition.js';
import type { EntityMetadata } from '../metadata/entity-metadata.js';

const checked = new WeakMap<TableConfig, WeakSet<EntityMetadata>>();

/**
 * Checks that an entity fits a table: its custom index keys name GSIs of the table, and no
 * stored attribute name is a key attribute of the table or its GSIs. Checked once per table.
 * @throws {EntityDefinitionError} if not.
 */
export function checkTableBinding(config: TableConfig, metadata: EntityMetadata): void {
  let entities = checked.get(config);
  if (entities?.has(metadata) === true) return;
  for (const keys of metadata.indexKeys) customIndex(config, metadata, keys.indexName);
  const reserved = new Set([...config.keyAttributes, ENTITY_TYPE_ATTRIBUTE]);
  for (const attribute of metadata.attributes) {
    if (reserved.has(attribute.name)) {
      throw new EntityDefinitionError(
        `Entity ${metadata.name.name}: the property ${attribute.property} is stored as ${JSON.stringify(attribute.name)}, a key attribute of table ${config.tableName}; give it another name with @Attribute({ name }).`,
      );
    }
  }
  if (entities === undefined) {
    entities = new WeakSet();
    checked.set(config, entities);
  }
  entities.add(metadata);
}

/**
 * The table's GSI of that name (not the inverse index).
 * @throws {EntityDefinitionError} if the table has none.
 */
export function customIndex(
  config: TableConfig,
  metadata: EntityMetadata,
  indexName: string,
): GlobalSecondaryIndex {
  const index = config.globalIndexes.find(
    (i) => i.indexName === indexName && i !== config.inverseIndex,
  );
  if (index === undefined) {
    throw new EntityDefinitionError(
      `Entity ${metadata.name.name} declares keys of index ${indexName}, which is not among the globalIndexes of table ${config.tableName}.`,
    );
  }
  return index;
}
