/** One page of an entity query. */
export interface EntityQueryPage<T> {
  /** The page's entities; possibly fewer than `pageSize`, even none, as other types are filtered out. */
  readonly items: T[];
  /** Pass as `cursor` to read the following pages; `undefined` when the query is done. */
  readonly cursor: string | undefined;
}
