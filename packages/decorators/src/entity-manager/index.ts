export {
  EntityManager,
  type EntityGetOptions,
  type EntityManagerOptions,
} from './entity-manager.js';
export type { EntityWriteOptions } from './entity-write-options.js';
export type {
  EntityQueryKey,
  EntityQueryOptions,
  EntityQueryPageOptions,
  SortKeyRange,
} from './entity-query-options.js';
export type { EntityQueryPage } from './entity-query-page.js';
export { entityQuery, type EntityQuery } from './entity-query.js';
export { entityQueryInput } from './entity-query-input.js';
export type {
  EntityBatchGetOptions,
  EntityBatchWrite,
  EntityBatchWriteOptions,
} from './entity-batch-options.js';
export {
  entityBatchWriteRequests,
  type EntityBatchWriteRequests,
} from './entity-batch-write-requests.js';
