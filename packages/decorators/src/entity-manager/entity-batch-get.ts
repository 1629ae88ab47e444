import type { Table } from '@dokklib/core';
import { primaryKeyOf } from '../mapping/entity-key.js';
import { entityReader } from '../mapping/item-to-entity.js';
import { ENTITY_TYPE_ATTRIBUTE } from '../metadata/entity-definition.js';
import type { EntityMetadata } from '../metadata/entity-metadata.js';
import type { EntityBatchGetOptions } from './entity-batch-options.js';

/**
 * Reads the entities of one class with these keys through core's `batchGet` (chunks of 100,
 * retries): one entry per key, in order, `undefined` where there is no such entity.
 */
export async function entityBatchGet<T extends object>(
  table: Table,
  metadata: EntityMetadata<T>,
  keys: readonly object[],
  options: EntityBatchGetOptions = {},
): Promise<(T | undefined)[]> {
  const items = await table.batchGet(
    keys.map((key) => primaryKeyOf(metadata, key)),
    options,
  );
  const read = entityReader(table.config, metadata);
  return items.map((item) =>
    item === undefined || item[ENTITY_TYPE_ATTRIBUTE] !== metadata.name.name
      ? undefined
      : read(item),
  );
}
