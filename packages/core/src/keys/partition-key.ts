import { EntityKey, type EntityKeyRules } from './entity-key.js';
import type { EntityName } from './entity-name.js';

/** DynamoDB's limit on a partition key, in UTF-8 bytes. */
export const MAX_PARTITION_KEY_BYTES = 2048;

const PARTITION_KEY_RULES: EntityKeyRules = {
  kind: 'partition key',
  maxBytes: MAX_PARTITION_KEY_BYTES,
  allowEmptyValue: false,
};

/**
 * A partition key: `new PartitionKey(User, 'alice')` is stored as `'USER#alice'`.
 * @throws {InvalidKeyError} if the value is not a non-empty string, contains `#` or a lone
 * surrogate, or the key is over 2048 bytes in UTF-8.
 */
export class PartitionKey extends EntityKey {
  readonly kind = 'partition';

  constructor(entity: EntityName, value: string) {
    super(entity, value, PARTITION_KEY_RULES);
  }
}
