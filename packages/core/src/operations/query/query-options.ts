import type { OptionShape } from '../check-options.js';
import type { AttributePath } from '../../expressions/attribute-path.js';
import type { Condition } from '../../expressions/condition.js';
import type { GlobalSecondaryIndex } from '../../indexes/global-secondary-index.js';
import type { PrefixSortKey } from '../../keys/prefix-sort-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { SortKeyCondition } from './sort-key-condition.js';

/** What a query reads: the options of every `Table.query…` method. */
export interface QueryOptions {
  /** Which sort keys: a `SortKey` (equal), a `PrefixSortKey` (begins with) or a `SortKeyCondition`; all by default. */
  readonly sortKey?: SortKey | PrefixSortKey | SortKeyCondition;
  /** Keep only matching items (DynamoDB's `FilterExpression`; read capacity is spent on all). */
  readonly filter?: Condition;
  /** Attributes to read; all by default. */
  readonly attributes?: readonly AttributePath[];
  /** Descending sort key order. */
  readonly reverse?: boolean;
  /** Strongly consistent read; only on the table, DynamoDB refuses it on a GSI. */
  readonly consistent?: boolean;
  /** Return at most this many items (a positive integer), across pages; all matches by default. */
  readonly limit?: number;
  /** Query this GSI (the inverse index or a custom one) rather than the table. */
  readonly globalIndex?: GlobalSecondaryIndex;
}

/** Options of a query read page by page: `Table.queryPages`, `queryPage`, `queryItems`, `query`. */
export interface QueryPageOptions extends QueryOptions {
  /** The most items DynamoDB evaluates per page (its `Limit`), before the filter. */
  readonly pageSize?: number;
  /** Resume after the page that returned this cursor. */
  readonly cursor?: string;
}

/** What each option of {@link QueryPageOptions} must be, checked at run time (others where used). */
export const QUERY_OPTION_SHAPE: OptionShape = {
  attributes: 'paths',
  reverse: 'boolean',
  consistent: 'boolean',
  globalIndex: 'index',
  cursor: 'string',
};
