import type { OptionShape } from '../check-options.js';
import type { AttributePath } from '../../expressions/attribute-path.js';
import type { Condition } from '../../expressions/condition.js';
import type { GlobalSecondaryIndex } from '../../indexes/global-secondary-index.js';

/** Options of `Table.scan` and `Table.scanPages`. */
export interface ScanOptions {
  /** Scan in this many parallel segments (1 to 1,000,000), each paged on its own. */
  readonly segments?: number;
  /** Keep only matching items (DynamoDB's `FilterExpression`; read capacity is spent on all). */
  readonly filter?: Condition;
  /** Attributes to read; all by default. */
  readonly attributes?: readonly AttributePath[];
  /** Strongly consistent read; only on the table, DynamoDB refuses it on a GSI. */
  readonly consistent?: boolean;
  /** Scan this GSI rather than the table. */
  readonly globalIndex?: GlobalSecondaryIndex;
  /** The most items DynamoDB evaluates per page (its `Limit`), before the filter. */
  readonly pageSize?: number;
}

/** What each option of {@link ScanOptions} must be, checked at run time (others where used). */
export const SCAN_OPTION_SHAPE: OptionShape = {
  attributes: 'paths',
  consistent: 'boolean',
  globalIndex: 'index',
};
