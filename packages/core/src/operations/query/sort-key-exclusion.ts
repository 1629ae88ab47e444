import type { Item } from '../../items/item.js';

/** The item a strict `lt`/`gt` drops after reading: the one whose sort key is the bound. */
export interface SortKeyExclusion {
  /** The attribute holding the index's sort key. */
  readonly attribute: string;
  /** The stored sort key to drop: `'ORDER#5'`. */
  readonly value: string;
  /** Whether the attribute was added to the projection only to compare, and is removed after. */
  readonly addedToProjection: boolean;
}

/** The items without the excluded one (and without the attribute if it was only added to compare). */
export function applySortKeyExclusion(items: readonly Item[], exclusion: SortKeyExclusion): Item[] {
  const kept = items.filter((item) => item[exclusion.attribute] !== exclusion.value);
  if (!exclusion.addedToProjection) return kept;
  return kept.map((item) => {
    const { [exclusion.attribute]: _removed, ...rest } = item;
    return rest;
  });
}
