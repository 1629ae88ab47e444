import type { Item } from '../../items/item.js';

/** One page of a query. */
export interface QueryPage {
  /** The page's items; with a filter, possibly fewer than `pageSize`, even none. */
  readonly items: Item[];
  /** Pass as `cursor` to read the following pages; `undefined` when the query is done. */
  readonly cursor: string | undefined;
}
