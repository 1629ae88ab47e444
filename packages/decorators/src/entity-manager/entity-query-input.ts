import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { type TableConfig, TableRequests } from '@dokklib/core';
import type { EntityMetadata } from '../metadata/entity-metadata.js';
import { entityQuery } from './entity-query.js';
import type { EntityQueryPageOptions } from './entity-query-options.js';

/**
 * The `Query` input of the first page of an entity query (or of the page after
 * `options.cursor`), without sending it.
 * @throws as `entityQuery` and core's `TableRequests.query` do.
 */
export function entityQueryInput(
  config: TableConfig,
  metadata: EntityMetadata,
  key: object,
  options: EntityQueryPageOptions<object> = {},
): QueryCommandInput {
  const query = entityQuery(config, metadata, key, options);
  return new TableRequests(config).query(query.pk, query.options);
}
