import { ValidationError } from '../../errors/validation-error.js';
import type { TableIndex } from '../../indexes/table-index.js';

/** @throws {ValidationError} for a consistent read on a GSI or a limit that is not a positive integer. */
export function checkQueryOptions(options: {
  readonly globalIndex?: TableIndex;
  readonly consistent?: boolean;
  readonly limit?: number;
}): void {
  if (options.consistent === true && options.globalIndex !== undefined) {
    throw new ValidationError(
      `DynamoDB offers no consistent reads on a global secondary index (${String(options.globalIndex.indexName)}); drop "consistent" or query the table.`,
    );
  }
  const limit = options.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new ValidationError(`A query limit must be a positive integer; got ${String(limit)}.`);
  }
}
