import { EntityKey, type EntityKeyRules } from './entity-key.js';
import type { EntityName } from './entity-name.js';

/** DynamoDB's limit on a sort key, in UTF-8 bytes. */
export const MAX_SORT_KEY_BYTES = 1024;

const SORT_KEY_RULES: EntityKeyRules = {
  kind: 'sort key',
  maxBytes: MAX_SORT_KEY_BYTES,
  allowEmptyValue: false,
};

/**
 * A sort key: `new SortKey(Group, 'group1')` is stored as `'GROUP#group1'`.
 * @throws {InvalidKeyError} if the value is not a non-empty string, contains `#` or a lone
 * surrogate, or the key is over 1024 bytes in UTF-8.
 */
export class SortKey extends EntityKey {
  readonly kind = 'sort';

  constructor(entity: EntityName, value: string) {
    super(entity, value, SORT_KEY_RULES);
  }
}
