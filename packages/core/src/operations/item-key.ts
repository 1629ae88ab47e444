import { InvalidKeyError } from '../errors/invalid-key-error.js';
import type { Item } from '../items/item.js';
import { describe } from '../keys/entity-name.js';
import { PartitionKey } from '../keys/partition-key.js';
import { SortKey } from '../keys/sort-key.js';
import type { TableConfig } from '../table/table-config.js';

/** The primary key attributes of an item: `{ PK: 'USER#alice', SK: 'GROUP#g1' }`. */
export function itemKey(config: TableConfig, pk: PartitionKey, sk: SortKey): Item {
  if (!(pk instanceof PartitionKey)) {
    throw new InvalidKeyError(`Expected a PartitionKey; got ${describe(pk)}.`);
  }
  if (!(sk instanceof SortKey)) {
    throw new InvalidKeyError(`Expected a SortKey; got ${describe(sk)}.`);
  }
  return {
    [config.primaryIndex.partitionKey]: pk.toString(),
    [config.primaryIndex.sortKey]: sk.toString(),
  };
}

/** Names an item's key for messages: `USER#alice / GROUP#g1`. */
export function describeKey(pk: PartitionKey, sk: SortKey): string {
  return `${String(pk)} / ${String(sk)}`;
}
