import type { Item } from '../../items/item.js';

/** One page of a scan. */
export interface ScanPage {
  /** The page's items; with a filter, possibly none. */
  readonly items: Item[];
  /** The segment the page was read from; `0` when the scan is not parallel. */
  readonly segment: number;
}
