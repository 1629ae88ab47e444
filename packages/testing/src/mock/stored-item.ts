import type { Item, TableConfig } from '@dokklib/core';
import { entityToAttributes, metadataOf, primaryKeyOf } from '@dokklib/decorators';

/**
 * The item dokklib stores for an entity: its primary key, `_type`, stored properties and
 * custom GSI keys. A `@Version` entity without a version is stored at version 1, as an
 * insert would have left it, so it can be updated after it is read back.
 * @throws {EntityDefinitionError} or {InvalidKeyError} as the entity manager would.
 */
export function storedItem(config: TableConfig, entity: object): Item {
  const metadata = metadataOf(entity);
  const { pk, sk } = primaryKeyOf(metadata, entity);
  const attributes = entityToAttributes(config, metadata, entity);
  const version = metadata.version;
  if (version !== undefined && attributes[version.name] === undefined) attributes[version.name] = 1;
  return {
    ...attributes,
    [config.primaryIndex.partitionKey]: pk.toString(),
    [config.primaryIndex.sortKey]: sk.toString(),
  };
}

/** The primary key attributes of an item: `{ PK: 'USER#alice', SK: 'USER#alice' }`. */
export function itemKeyOf(config: TableConfig, item: Item): Item {
  const { partitionKey, sortKey } = config.primaryIndex;
  return { [partitionKey]: item[partitionKey], [sortKey]: item[sortKey] };
}
