import { EntityKey } from './entity-key.js';
import type { EntityName } from './entity-name.js';
import { MAX_SORT_KEY_BYTES } from './sort-key.js';

/**
 * The start of sort keys to match: `new PrefixSortKey(User)` matches every `USER#…` key,
 * `new PrefixSortKey(Order, '2024-')` matches `ORDER#2024-…`.
 * @throws {InvalidKeyError} if the prefix is not a string, contains `#`, or is too long.
 */
export class PrefixSortKey extends EntityKey {
  readonly kind = 'prefix';

  constructor(entity: EntityName, valuePrefix = '') {
    super(entity, valuePrefix, {
      kind: 'sort key prefix',
      maxBytes: MAX_SORT_KEY_BYTES,
      allowEmptyValue: true,
    });
  }
}
