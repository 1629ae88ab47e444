import type { AttributePath } from '../../expressions/attribute-path.js';
import type { BatchOptions } from '../batch/batch-options.js';

/** Options of `Table.batchGet`. */
export interface BatchGetOptions extends BatchOptions {
  /** Read the latest writes (strongly consistent reads); `false` by default. */
  readonly consistent?: boolean;
  /** Read only these attributes. */
  readonly attributes?: readonly AttributePath[];
}
