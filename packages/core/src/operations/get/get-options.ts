import type { AttributePath } from '../../expressions/attribute-path.js';

/** Options of `Table.get`. */
export interface GetOptions {
  /** Read the latest write (strongly consistent read); `false` by default. */
  readonly consistent?: boolean;
  /** Read only these attributes. */
  readonly attributes?: readonly AttributePath[];
}
