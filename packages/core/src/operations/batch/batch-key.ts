import { ValidationError } from '../../errors/validation-error.js';
import type { Item } from '../../items/item.js';
import type { TableConfig } from '../../table/table-config.js';

/** Identifies an item by its stored primary key, to match DynamoDB's answers to requests. */
export function batchKeyId(config: TableConfig, key: Item): string {
  const { partitionKey, sortKey } = config.primaryIndex;
  return `${String(key[partitionKey])}\u0000${String(key[sortKey])}`;
}

/**
 * Refuses two entries on the same item, as DynamoDB does for a whole batch request.
 * @throws {ValidationError} naming the key and both positions.
 */
export function checkDistinctKeys(
  config: TableConfig,
  keys: readonly Item[],
  operation: string,
): void {
  const seen = new Map<string, number>();
  keys.forEach((key, index) => {
    const id = batchKeyId(config, key);
    const first = seen.get(id);
    if (first !== undefined) {
      const { partitionKey, sortKey } = config.primaryIndex;
      throw new ValidationError(
        `${operation} #${first} and #${index} both name ${String(key[partitionKey])} / ${String(key[sortKey])}; a batch may name each item once.`,
      );
    }
    seen.set(id, index);
  });
}
