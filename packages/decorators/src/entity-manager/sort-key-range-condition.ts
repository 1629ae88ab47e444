import { InvalidKeyError, SortKey, SortKeyCondition } from '@dokklib/core';
import {
  COMPOSITE_KEY_SEPARATOR,
  encodeKeyPrefix,
  leadingPartCount,
} from '../mapping/composite-key.js';
import type { KeyMetadata } from '../metadata/entity-metadata.js';
import type { SortKeyRange } from './entity-query-options.js';

/** The character right after the composite key separator: `'}'`, past every `…|…` key. */
const AFTER_COMPOSITE_SEPARATOR = String.fromCharCode(COMPOSITE_KEY_SEPARATOR.charCodeAt(0) + 1);

/**
 * The core sort key condition of a range given by leading sort key properties. A bound
 * giving every part compares the stored key exactly; a bound giving only leading parts
 * stands for all the keys starting with them (`ORDER#D|…`): `le`, `ge` and `between`
 * include those keys, `lt` and `gt` leave them out.
 * @throws {InvalidKeyError} if a bound gives not even the first sort key property.
 * @throws {ValidationError} (from core) if `between`'s low bound sorts after its high one.
 */
export function sortKeyRangeCondition(
  sort: KeyMetadata,
  range: SortKeyRange<object>,
  label: string,
): SortKeyCondition {
  const low = (source: object): SortKey => rangeBound(sort, source, label, 'low');
  const high = (source: object): SortKey => rangeBound(sort, source, label, 'high');
  if ('between' in range)
    return SortKeyCondition.between(low(range.between[0]), high(range.between[1]));
  if ('lt' in range) return SortKeyCondition.lt(low(range.lt));
  if ('le' in range) return SortKeyCondition.le(high(range.le));
  if ('gt' in range) return SortKeyCondition.gt(high(range.gt));
  return SortKeyCondition.ge(low(range.ge));
}

/**
 * The stored key at the low or high end of the keys a bound stands for. For leading parts
 * `ORDER#D` these are `ORDER#D|` (before every `ORDER#D|…`) and `ORDER#D}` (after them, as
 * `}` follows `|` in UTF-8); no stored key equals either, as values are non-empty and a
 * stored key has all its parts.
 */
function rangeBound(
  sort: KeyMetadata,
  source: object,
  label: string,
  end: 'low' | 'high',
): SortKey {
  const given = leadingPartCount(sort, source);
  if (given === 0) {
    throw new InvalidKeyError(
      `A sortKey range bound of ${label} needs at least its first sort key property, ${String(sort.parts[0]?.property)}.`,
    );
  }
  const value = encodeKeyPrefix(sort, source, given, label);
  if (given === sort.parts.length) return new SortKey(sort.prefix, value);
  const after = end === 'low' ? COMPOSITE_KEY_SEPARATOR : AFTER_COMPOSITE_SEPARATOR;
  return new SortKey(sort.prefix, value + after);
}
