import { InvalidKeyError } from '../errors/invalid-key-error.js';
import type { Item } from '../items/item.js';
import { describe } from '../keys/entity-name.js';
import { PartitionKey } from '../keys/partition-key.js';
import { SortKey } from '../keys/sort-key.js';
import type { TableConfig } from '../table/table-config.js';

/**
 * Checks that a caller gave a `PartitionKey` and a `SortKey` (JavaScript callers can pass
 * anything). `what` names the operation in the message: `'A batch write'`.
 * @throws {InvalidKeyError} otherwise.
 */
export function checkItemKey(pk: PartitionKey, sk: SortKey, what = 'An item'): void {
  if (!(pk instanceof PartitionKey)) {
    throw new InvalidKeyError(`${what} needs a PartitionKey; got ${describe(pk)}.`);
  }
  if (!(sk instanceof SortKey)) {
    throw new InvalidKeyError(`${what} needs a SortKey; got ${describe(sk)}.`);
  }
}

/** The primary key attributes of an item: `{ PK: 'USER#alice', SK: 'GROUP#g1' }`. */
export function itemKey(config: TableConfig, pk: PartitionKey, sk: SortKey): Item {
  checkItemKey(pk, sk);
  return {
    [config.primaryIndex.partitionKey]: pk.toString(),
    [config.primaryIndex.sortKey]: sk.toString(),
  };
}

/** Names an item's key for messages: `USER#alice / GROUP#g1`. */
export function describeKey(pk: PartitionKey, sk: SortKey): string {
  return `${String(pk)} / ${String(sk)}`;
}
