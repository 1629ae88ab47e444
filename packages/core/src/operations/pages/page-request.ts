import { ValidationError } from '../../errors/validation-error.js';
import type { Item } from '../../items/item.js';

/** Where one page of a query or scan starts and how many items DynamoDB may evaluate for it. */
export interface PageRequest {
  /** The `LastEvaluatedKey` of the previous page; the first page when absent. */
  readonly exclusiveStartKey?: Item;
  /** DynamoDB's `Limit`: items evaluated (before any filter), not items returned. */
  readonly limit?: number;
}

/** The paging fields of a request. */
export interface PageFields {
  Limit?: number;
  ExclusiveStartKey?: Item;
}

/** A request's input with the paging fields of `page` added. */
export function withPageRequest<Input extends object>(
  input: Input,
  page: PageRequest,
): Input & PageFields {
  return {
    ...input,
    ...(page.limit === undefined ? {} : { Limit: page.limit }),
    ...(page.exclusiveStartKey === undefined ? {} : { ExclusiveStartKey: page.exclusiveStartKey }),
  };
}

/** @throws {ValidationError} if `value` is given and is not a positive integer. */
export function checkPositiveInteger(value: number | undefined, name: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
    throw new ValidationError(`${name} must be a positive integer; got ${String(value)}.`);
  }
}
