import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  type ConditionExpression,
  type ExpressionInputs,
  type Item,
  type ProjectionExpression,
  valuesEqual,
} from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import { copyItem } from '../store/copy-item.js';
import { type IndexView, lastEvaluatedKey } from '../store/index-view.js';
import { itemSize } from '../store/item-size.js';
import type { ItemOrder } from '../store/key-order.js';
import { holds, projected } from './expression-inputs.js';

/** DynamoDB stops reading a page after 1 MB of items. */
export const MAX_PAGE_BYTES = 1024 * 1024;

/** One page of a `Query` or `Scan`, over items already selected and ordered. */
export interface PageRead {
  readonly view: IndexView;
  /** The candidate items in read order. */
  readonly items: readonly Item[];
  /** The read order, to find where `ExclusiveStartKey` leaves off. */
  readonly order: ItemOrder;
  /** Already checked (see `checkStartKey`). */
  readonly exclusiveStartKey: Item | undefined;
  readonly limit: number | undefined;
  readonly filter: ConditionExpression | undefined;
  readonly projection: ProjectionExpression | undefined;
  /** What a local index returns of an item when the read names no attributes (see `IndexView`). */
  readonly projectedItem?: (item: Item) => Item;
  readonly count: boolean;
  readonly inputs: ExpressionInputs;
  /**
   * Where the key condition's range ends in read order (its sort key value), if it is
   * bounded there: a page that ends on it has no `LastEvaluatedKey`.
   */
  readonly rangeEnd?: { readonly name: string; readonly value: AttributeValue };
}

/** What a page returns, as `Query` and `Scan` output. */
export interface PageOutput {
  Items?: Item[];
  Count: number;
  ScannedCount: number;
  LastEvaluatedKey?: Item;
}

/**
 * Reads one page: from after `ExclusiveStartKey`, up to `Limit` items or 1 MB, then applies
 * the filter (so `Limit` counts items read, not items returned) and the projection.
 * `LastEvaluatedKey` is set when items remain; on a GSI also whenever `Limit` was reached,
 * even at the last item (as DynamoDB Local does; the table's own reads look ahead).
 */
export function readPage(read: PageRead): PageOutput {
  const start = startIndex(read);
  const scanned: Item[] = [];
  let bytes = 0;
  let index = start;
  for (; index < read.items.length; index += 1) {
    if (read.limit !== undefined && scanned.length >= read.limit) break;
    if (bytes >= MAX_PAGE_BYTES) break;
    const item = read.items[index];
    scanned.push(item);
    bytes += itemSize(item);
  }
  const limitReached = read.limit !== undefined && scanned.length >= read.limit;
  const stoppedEarly =
    index < read.items.length || (limitReached && !endsRange(read, scanned[scanned.length - 1]));
  const matched = scanned.filter((item) => holds(read.filter, item, read.inputs));
  const last = scanned[scanned.length - 1];
  return {
    ...(read.count ? {} : { Items: matched.map((item) => copyItem(returned(read, item))) }),
    Count: matched.length,
    ScannedCount: scanned.length,
    ...(stoppedEarly && last !== undefined
      ? { LastEvaluatedKey: copyItem(lastEvaluatedKey(read.view, last)) }
      : {}),
  };
}

function returned(read: PageRead, item: Item): Item {
  if (read.projection === undefined && read.projectedItem !== undefined) {
    return read.projectedItem(item);
  }
  return projected(read.projection, item, read.inputs);
}

function endsRange(read: PageRead, last: Item | undefined): boolean {
  const end = read.rangeEnd;
  const value = end === undefined || last === undefined ? undefined : last[end.name];
  return end !== undefined && value !== undefined && valuesEqual(value, end.value);
}

function startIndex(read: PageRead): number {
  const start = read.exclusiveStartKey;
  if (start === undefined) return 0;
  const position = read.items.findIndex((item) => read.order(item, start) > 0);
  return position === -1 ? read.items.length : position;
}

/** Checks `Limit`. @throws {DynamoDBSimulationError} ValidationException if it is not positive. */
export function checkLimit(limit: number | undefined): void {
  if (limit !== undefined && !(limit >= 1)) {
    throw validationError('Limit must be greater than or equal to 1');
  }
}
