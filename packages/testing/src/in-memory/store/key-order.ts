import { createHash } from 'node:crypto';
import { compareValues, type Item } from '../expressions/index.js';
import type { KeySchema } from '../schema/table-schema.js';
import { keyString, scalarText } from './item-key.js';

/** Orders items (or keys) for reading; `> 0` when `a` comes after `b`. */
export type ItemOrder = (a: Item, b: Item) => number;

/**
 * Query order within one partition: by the index's sort key, then (for a GSI, where sort
 * keys may repeat) by the table's key.
 */
export function sortKeyOrder(keys: KeySchema, tableKeys: KeySchema): ItemOrder {
  return (a, b) => compareSortKeys(keys, a, b) || compareTableKeys(keys, tableKeys, a, b);
}

/**
 * Scan order: by a hash of the partition key (as DynamoDB spreads partitions, so that
 * segments are contiguous hash ranges), then as {@link sortKeyOrder}.
 */
export function scanOrder(keys: KeySchema, tableKeys: KeySchema): ItemOrder {
  const within = sortKeyOrder(keys, tableKeys);
  const hashes = new Map<string, number>();
  const hashOf = (value: Item[string] | undefined): number => {
    const text = scalarText(value);
    let hash = hashes.get(text);
    if (hash === undefined) {
      hash = partitionHash(value);
      hashes.set(text, hash);
    }
    return hash;
  };
  return (a, b) => {
    const name = keys.partitionKey.name;
    const hashA = hashOf(a[name]);
    const hashB = hashOf(b[name]);
    if (hashA !== hashB) return hashA - hashB;
    const textA = scalarText(a[name]);
    const textB = scalarText(b[name]);
    if (textA !== textB) return textA < textB ? -1 : 1;
    return within(a, b);
  };
}

/** A partition key's position in `[0, 1)` of the hash space. */
export function partitionHash(value: Item[string] | undefined): number {
  return createHash('md5').update(scalarText(value)).digest().readUInt32BE(0) / 2 ** 32;
}

function compareSortKeys(keys: KeySchema, a: Item, b: Item): number {
  if (keys.sortKey === undefined) return 0;
  const left = a[keys.sortKey.name];
  const right = b[keys.sortKey.name];
  if (left === undefined || right === undefined) return 0;
  return Math.sign(compareValues(left, right));
}

function compareTableKeys(keys: KeySchema, tableKeys: KeySchema, a: Item, b: Item): number {
  if (keys === tableKeys) return 0;
  const left = keyString(tableKeys, a);
  const right = keyString(tableKeys, b);
  return left === right ? 0 : left < right ? -1 : 1;
}
