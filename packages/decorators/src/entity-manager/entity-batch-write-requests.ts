import {
  BatchDelete,
  BatchPut,
  type BatchWriteRequest,
  type TableConfig,
  ValidationError,
} from '@dokklib/core';
import { describeEntity, primaryKeyOf } from '../mapping/entity-key.js';
import { putWrite, versionOf } from '../mapping/entity-write.js';
import { checkTableBinding } from '../mapping/table-binding.js';
import type { EntityMetadata } from '../metadata/entity-metadata.js';
import { metadataOf } from '../metadata/metadata-registry.js';
import type { EntityBatchWrite, EntityBatchWriteOptions } from './entity-batch-options.js';

/** Core's batch requests for entities, and what to set on the put entities once written. */
export interface EntityBatchWriteRequests {
  readonly requests: BatchWriteRequest[];
  /** Gives the put entities their written version and timestamps. */
  readonly apply: () => void;
}

/**
 * The `BatchPut`s (stamped like `put`: `@Version` bumped, or 1 for a new entity;
 * `@CreatedAt`, `@UpdatedAt`) and `BatchDelete`s of `writes`, unconditional.
 * @throws {ValidationError} for a `@Version` entity that holds a version, whose version a
 * batch write cannot check, unless `options.ignoreVersions`.
 */
export function entityBatchWriteRequests(
  config: TableConfig,
  writes: EntityBatchWrite,
  now: Date,
  options: Pick<EntityBatchWriteOptions, 'ignoreVersions'> = {},
): EntityBatchWriteRequests {
  const applies: (() => void)[] = [];
  const puts = (writes.put ?? []).map((entity) => {
    const metadata = checkedMetadata(config, entity, 'put', options);
    const write = putWrite(config, metadata, entity, now, true);
    applies.push(() => Object.assign(entity, write.properties));
    return new BatchPut(write.key.pk, write.key.sk, write.attributes);
  });
  const deletes = (writes.delete ?? []).map((entity) => {
    const { pk, sk } = primaryKeyOf(checkedMetadata(config, entity, 'delete', options), entity);
    return new BatchDelete(pk, sk);
  });
  return { requests: [...puts, ...deletes], apply: () => applies.forEach((apply) => apply()) };
}

function checkedMetadata(
  config: TableConfig,
  entity: object,
  action: string,
  options: Pick<EntityBatchWriteOptions, 'ignoreVersions'>,
): EntityMetadata {
  const metadata = metadataOf(entity);
  checkTableBinding(config, metadata);
  if (options.ignoreVersions !== true && versionOf(metadata, entity) !== undefined) {
    throw new ValidationError(
      `A batch ${action} of ${describeEntity(metadata, entity)} cannot check its @Version; use EntityManager.${action} or a UnitOfWork, or pass ignoreVersions: true.`,
    );
  }
  return metadata;
}
