import type { KeyOptions, KeyPrefix } from './declarations.js';
import { keyDecorator } from './key-decorator.js';

/**
 * Makes the property (part of) the entity's sort key, stored as `PREFIX#value`. Without
 * `@SortKey` the sort key equals the partition key. Prefix and composition as for
 * {@link PartitionKey}: `@SortKey('ORDER', { order: 1 }) date`, `@SortKey('ORDER', { order: 2 }) id`
 * gives `ORDER#2024-05-01|o-17`.
 */
export function SortKey(): PropertyDecorator;
export function SortKey(prefixOrOptions: KeyPrefix | KeyOptions): PropertyDecorator;
export function SortKey(prefix: KeyPrefix | undefined, options: KeyOptions): PropertyDecorator;
export function SortKey(
  ...args: [] | [KeyPrefix | KeyOptions] | [KeyPrefix | undefined, KeyOptions]
): PropertyDecorator {
  return keyDecorator('SortKey', undefined, 'sort', args);
}
