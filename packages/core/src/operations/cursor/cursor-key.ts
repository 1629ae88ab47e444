import { InvalidCursorError } from '../../errors/invalid-cursor-error.js';
import type { Item } from '../../items/item.js';
import type { CursorScope } from './cursor-scope.js';

/**
 * Checks that a decoded cursor holds a key of the scope's index in the scope's partition:
 * exactly the index's key attributes, all strings.
 * @throws {InvalidCursorError} otherwise.
 */
export function checkCursorKey(value: unknown, scope: CursorScope): Item {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidCursorError('The cursor does not hold a key; pass a cursor from this query.');
  }
  const key = value as Record<string, unknown>;
  const names = Object.keys(key);
  const expected = new Set(scope.keyAttributes);
  if (names.length !== expected.size || !names.every((name) => expected.has(name))) {
    throw new InvalidCursorError(
      `The cursor's key has the attributes ${names.join(', ')}; this query's keys have ${scope.keyAttributes.join(', ')}.`,
    );
  }
  if (!names.every((name) => typeof key[name] === 'string')) {
    throw new InvalidCursorError("The cursor's key attributes must be strings.");
  }
  if (key[scope.partitionKeyAttribute] !== scope.partitionKey) {
    throw new InvalidCursorError(
      'The cursor belongs to another partition; pass a cursor from this query.',
    );
  }
  return key as Item;
}
