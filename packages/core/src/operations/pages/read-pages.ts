import type { Item } from '../../items/item.js';
import type { PageRequest } from './page-request.js';

/** One page as read from DynamoDB, before cursors are made. */
export interface RawPage {
  readonly items: Item[];
  readonly lastEvaluatedKey: Item | undefined;
}

/** How far to read. */
export interface PagingOptions {
  /** Stop once this many items were returned (across pages); never exceeded. */
  readonly limit?: number;
  /** The most items DynamoDB may evaluate per request. */
  readonly pageSize?: number;
  /** Where to start: a decoded cursor. */
  readonly startKey?: Item;
}

/** The first page's request: at most `pageSize`, and at most `limit` items. */
export function firstPageRequest(paging: PagingOptions): PageRequest {
  return pageRequest(paging.startKey, paging.pageSize, paging.limit);
}

/**
 * Reads pages one at a time, following `LastEvaluatedKey` until there is none or `limit`
 * items were returned. Each request asks for no more than the items still wanted, so a
 * page (after any client-side drop in `fetchPage`) never takes the total past `limit`.
 */
export async function* readPages(
  fetchPage: (page: PageRequest) => Promise<RawPage>,
  paging: PagingOptions,
): AsyncGenerator<RawPage, void, undefined> {
  let startKey = paging.startKey;
  let remaining = paging.limit;
  do {
    const page = await fetchPage(pageRequest(startKey, paging.pageSize, remaining));
    if (remaining !== undefined) remaining -= page.items.length;
    yield page;
    startKey = page.lastEvaluatedKey;
  } while (startKey !== undefined && (remaining === undefined || remaining > 0));
}

function pageRequest(
  exclusiveStartKey: Item | undefined,
  pageSize: number | undefined,
  remaining: number | undefined,
): PageRequest {
  const sizes = [pageSize, remaining].filter((n): n is number => n !== undefined);
  return {
    ...(exclusiveStartKey === undefined ? {} : { exclusiveStartKey }),
    ...(sizes.length === 0 ? {} : { limit: Math.min(...sizes) }),
  };
}
