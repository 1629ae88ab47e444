export { EntityManager, type EntityGetOptions } from './entity-manager.js';
export type { EntityQueryOptions, SortKeyRange } from './entity-query-options.js';
export {
  entityQueryInput,
  partitionQueryInput,
  type QueryPageInput,
} from './entity-query-input.js';
