import type { EntityName } from '../../keys/entity-name.js';
import { KEY_SEPARATOR } from '../../keys/key-separator.js';

/** The character right after the key separator: `'$'`, the end of an entity's keys. */
const AFTER_SEPARATOR = String.fromCharCode(KEY_SEPARATOR.charCodeAt(0) + 1);

/**
 * The bounds of an entity's stored keys: every `ORDER#…` key sorts between `'ORDER#'`
 * and `'ORDER$'`, and no key equals the upper bound (every key has `#` after its entity
 * name), so `BETWEEN` on these bounds never reaches another entity's keys.
 */
export function entityKeyRange(entity: EntityName): {
  readonly low: string;
  readonly high: string;
} {
  return { low: entity.prefix, high: entity.name + AFTER_SEPARATOR };
}
