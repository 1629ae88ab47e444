import type { KeyOptions, KeyPrefix } from './declarations.js';
import { keyDecorator } from './key-decorator.js';

/**
 * Makes the property (part of) the entity's partition key, stored as `PREFIX#value`.
 *
 * The prefix is the entity's own name by default, or another entity's name, an
 * `EntityName`, or an entity class. To compose the key of several properties, decorate
 * each with an order: `@PartitionKey({ order: 1 })`, `@PartitionKey({ order: 2 })`; their
 * values are joined with `|` (see `COMPOSITE_KEY_SEPARATOR`).
 */
export function PartitionKey(): PropertyDecorator;
export function PartitionKey(prefixOrOptions: KeyPrefix | KeyOptions): PropertyDecorator;
export function PartitionKey(prefix: KeyPrefix | undefined, options: KeyOptions): PropertyDecorator;
export function PartitionKey(
  ...args: [] | [KeyPrefix | KeyOptions] | [KeyPrefix | undefined, KeyOptions]
): PropertyDecorator {
  return keyDecorator('PartitionKey', undefined, 'partition', args);
}
