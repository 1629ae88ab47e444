import type { OptionShape } from '../check-options.js';
import type { AttributePath } from '../../expressions/attribute-path.js';
import { BATCH_OPTION_SHAPE, type BatchOptions } from '../batch/batch-options.js';

/** Options of `Table.batchGet`. */
export interface BatchGetOptions extends BatchOptions {
  /** Read the latest writes (strongly consistent reads); `false` by default. */
  readonly consistent?: boolean;
  /** Read only these attributes. */
  readonly attributes?: readonly AttributePath[];
}

/** What each option of {@link BatchGetOptions} must be, checked at run time (others where used). */
export const BATCH_GET_OPTION_SHAPE: OptionShape = {
  ...BATCH_OPTION_SHAPE,
  consistent: 'boolean',
  attributes: 'paths',
};
