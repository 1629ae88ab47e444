import type { Condition, GlobalSecondaryIndex } from '@dokklib/core';
import type { IndexKeyOf, PartialKeyOf } from '../metadata/entity-class.js';

/**
 * A range of sort keys, given by (leading) sort key properties:
 * `{ between: [{ date: '2024-01-01' }, { date: '2024-01-31' }] }` is all of January, the
 * 31st included. A bound giving every sort key property is compared exactly; one giving
 * leading properties stands for every key with those values: `le`, `ge` and `between`
 * include them, `lt` and `gt` leave them out. Keys compare in DynamoDB's order of the
 * stored text (UTF-8 bytes, a `|` after each value but the last), so a value sorts after
 * its extensions by a character before `|`: `2024-01-31` before `2024-01-3`. In a query
 * of a custom GSI, the bounds are that index's sort key properties.
 */
export type SortKeyRange<T> =
  | { readonly between: readonly [IndexKeyOf<T>, IndexKeyOf<T>] }
  | { readonly lt: IndexKeyOf<T> }
  | { readonly le: IndexKeyOf<T> }
  | { readonly gt: IndexKeyOf<T> }
  | { readonly ge: IndexKeyOf<T> };

/**
 * The key argument of an entity query with options `O`: leading key properties of the
 * entity (`PartialKeyOf`), or, when `O` names an `index`, that index's key properties
 * (any string or number property for a custom GSI; checked at run time).
 */
export type EntityQueryKey<T, O> = O extends { readonly index: GlobalSecondaryIndex }
  ? IndexKeyOf<T>
  : PartialKeyOf<T>;

/** Options of `EntityManager.query`. */
export interface EntityQueryOptions<T> {
  /**
   * Query this GSI: `new InversePrimaryIndex()` (the key is then the entity's sort key
   * properties, then optionally its partition key properties) or a custom GSI declared
   * with `@IndexKey`. The table by default.
   */
  readonly index?: GlobalSecondaryIndex;
  /** A range of sort keys; the key argument then gives the partition key only. */
  readonly sortKey?: SortKeyRange<T>;
  /** Return at most this many entities. */
  readonly limit?: number;
  /** Descending sort key order. */
  readonly reverse?: boolean;
  /** Strongly consistent read (the table only). */
  readonly consistent?: boolean;
  /**
   * Keep only the entities meeting this condition, e.g. `where(Order).prop('status').eq('OPEN')`:
   * a filter DynamoDB applies with the entity type filter (`pageSize` counts items before it).
   */
  readonly filter?: Condition;
}

/** Options of `EntityManager.queryPages` and `queryPage`. */
export interface EntityQueryPageOptions<T> extends EntityQueryOptions<T> {
  /** The most items DynamoDB evaluates per page (its `Limit`), before the entity type filter. */
  readonly pageSize?: number;
  /** Resume after the page that returned this cursor. */
  readonly cursor?: string;
}
