import { InvalidKeyError } from '../errors/invalid-key-error.js';
import type { KeyByteLimit } from '../indexes/key-byte-limits.js';
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

/**
 * The primary key attributes of an item: `{ PK: 'USER#alice', SK: 'GROUP#g1' }`.
 * @throws {InvalidKeyError} for a key over the limit of an index keyed on it (the inverse
 * index makes `PK` a sort key: 1024 bytes).
 */
export function itemKey(config: TableConfig, pk: PartitionKey, sk: SortKey): Item {
  checkItemKey(pk, sk);
  const partitionKey = pk.toString();
  const sortKey = sk.toString();
  checkKeyValueBytes(partitionKey, config.primaryKeyLimits[0]);
  checkKeyValueBytes(sortKey, config.primaryKeyLimits[1]);
  return {
    [config.primaryIndex.partitionKey]: partitionKey,
    [config.primaryIndex.sortKey]: sortKey,
  };
}

/**
 * Checks the string values that attributes give the GSIs' own key attributes against
 * those indexes' limits (nothing to do on a table without custom GSIs).
 * @throws {InvalidKeyError} for a value over its index's limit.
 */
export function checkIndexKeyValues(config: TableConfig, attributes: Readonly<Item>): void {
  for (const limit of config.otherKeyLimits) {
    const value = attributes[limit.attribute];
    if (typeof value === 'string') checkKeyValueBytes(value, limit);
  }
}

/** @throws {InvalidKeyError} if the key value is over the limit in UTF-8 bytes. */
function checkKeyValueBytes(text: string, limit: KeyByteLimit): void {
  // A UTF-16 code unit is at most 3 bytes in UTF-8: most keys are too short to need counting.
  if (text.length * 3 <= limit.maxBytes) return;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limit.maxBytes) {
    throw new InvalidKeyError(
      `The ${limit.attribute} value ${text.slice(0, 24)}… is ${bytes} bytes in UTF-8; as ${limit.role}, DynamoDB allows at most ${limit.maxBytes}. Shorten it.`,
    );
  }
}

/** Names an item's key for messages: `USER#alice / GROUP#g1`. */
export function describeKey(pk: PartitionKey, sk: SortKey): string {
  return `${String(pk)} / ${String(sk)}`;
}
