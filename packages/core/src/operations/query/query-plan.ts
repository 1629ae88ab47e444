import type { PartitionKey } from '../../keys/partition-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { CursorCodec } from '../cursor/cursor-codec.js';
import { type CursorScope, queryCursorScope } from '../cursor/cursor-scope.js';
import { checkPositiveInteger } from '../pages/page-request.js';
import type { PagingOptions } from '../pages/read-pages.js';
import { type CompiledQuery, compileQuery } from './query-input.js';
import type { QueryPageOptions } from './query-options.js';

/** A compiled query with where its pages start and the scope of its cursors. */
export interface QueryPlan extends CompiledQuery {
  /** What cursors of this query belong to. */
  readonly scope: CursorScope;
  /** Limit, page size and the decoded cursor. */
  readonly paging: PagingOptions;
}

/**
 * Compiles a query read page by page and decodes its cursor, before anything is sent.
 * @throws {InvalidCursorError} if the cursor is not one of this query's.
 * @throws {ValidationError} for bad options (see `compileQuery`).
 */
export function queryPlan(
  config: TableConfig,
  pk: PartitionKey,
  options: QueryPageOptions = {},
): QueryPlan {
  checkPositiveInteger(options.pageSize, 'A page size');
  const compiled = compileQuery(config, pk, options);
  const scope = queryCursorScope(config, compiled.index, pk);
  const startKey =
    options.cursor === undefined
      ? undefined
      : new CursorCodec(config.cursorSecret).decode(options.cursor, scope);
  return {
    ...compiled,
    scope,
    paging: { limit: options.limit, pageSize: options.pageSize, startKey },
  };
}
