import type { KeyOptions, KeyPart, KeyPrefix } from './declarations.js';
import { keyDecorator } from './key-decorator.js';

/**
 * Makes the property (part of) the partition or sort key of a custom GSI, stored as
 * `PREFIX#value` in the attribute the table's `GlobalSecondaryIndex` of that name uses.
 * Without a `'sort'` part for the index, its sort key holds the partition key's value (as
 * the table's `SK` does without `@SortKey`), so the item is in the index.
 * The inverse index needs no declaration: it reads the primary key the other way round.
 */
export function IndexKey(
  indexName: string,
  part: KeyPart,
  prefix?: KeyPrefix,
  options?: KeyOptions,
): PropertyDecorator {
  return keyDecorator('IndexKey', indexName, part, [prefix, options ?? {}]);
}
