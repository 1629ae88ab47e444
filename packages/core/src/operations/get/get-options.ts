import type { OptionShape } from '../check-options.js';
import type { AttributePath } from '../../expressions/attribute-path.js';

/** Options of `Table.get`. */
export interface GetOptions {
  /** Read the latest write (strongly consistent read); `false` by default. */
  readonly consistent?: boolean;
  /** Read only these attributes. */
  readonly attributes?: readonly AttributePath[];
}

/** What each option of {@link GetOptions} must be, checked at run time. */
export const GET_OPTION_SHAPE: OptionShape = { consistent: 'boolean', attributes: 'paths' };
