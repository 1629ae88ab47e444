import { stripEntityPrefix } from '../keys/strip-entity-prefix.js';
import type { Item } from './item.js';

/**
 * A copy of the item whose key attributes (and only those) lose their entity prefix:
 * `{ PK: 'USER#alice', note: 'ABC#def' }` gives `{ PK: 'alice', note: 'ABC#def' }`.
 */
export function stripKeyPrefixes(item: Item, keyAttributes: ReadonlySet<string>): Item {
  const result: Item = { ...item };
  for (const name of keyAttributes) {
    const value = result[name];
    if (typeof value === 'string') result[name] = stripEntityPrefix(value);
  }
  return result;
}
