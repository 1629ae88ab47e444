import { InvalidKeyError } from '../errors/invalid-key-error.js';
import { isWellFormed } from '../items/is-well-formed.js';
import { describe, EntityName } from './entity-name.js';
import { KEY_SEPARATOR } from './key-separator.js';

/** The parts of a key and the limits it must respect. */
export interface EntityKeyRules {
  /** What the key is called in messages: `'partition key'`, `'sort key'`. */
  readonly kind: string;
  /** DynamoDB's limit on the whole key string, in UTF-8 bytes. */
  readonly maxBytes: number;
  /** Whether an empty value is allowed (only for prefixes). */
  readonly allowEmptyValue: boolean;
}

/**
 * A key made of an entity name and a value, stored as `ENTITY#value`.
 * Shared by {@link PartitionKey}, {@link SortKey} and {@link PrefixSortKey}.
 * @throws {InvalidKeyError} for a value that is not a string, is empty (unless allowed),
 * contains `#`, holds a lone surrogate, or is over the rules' byte limit.
 */
export abstract class EntityKey {
  /** The entity the key belongs to. */
  readonly entity: EntityName;
  /** The value without the entity prefix, e.g. `'alice'`. */
  readonly value: string;
  readonly #text: string;

  protected constructor(entity: EntityName, value: string, rules: EntityKeyRules) {
    if (!(entity instanceof EntityName)) {
      throw new InvalidKeyError(`A ${rules.kind} needs an EntityName; got ${describe(entity)}.`);
    }
    validateKeyValue(entity, value, rules);
    this.entity = entity;
    this.value = value;
    this.#text = entity.prefix + value;
    // A UTF-16 code unit is at most 3 bytes in UTF-8: most keys are too short to need counting.
    if (this.#text.length * 3 > rules.maxBytes) checkKeyBytes(entity, this.#text, rules);
  }

  /** The key as stored, e.g. `'USER#alice'`. */
  toString(): string {
    return this.#text;
  }

  /** The key as stored, so that `JSON.stringify` shows it. */
  toJSON(): string {
    return this.#text;
  }
}

/** @throws {InvalidKeyError} if the key text is over the rules' limit in UTF-8 bytes. */
function checkKeyBytes(entity: EntityName, text: string, rules: EntityKeyRules): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > rules.maxBytes) {
    throw new InvalidKeyError(
      `The ${rules.kind} ${entity.prefix}… is ${bytes} bytes in UTF-8; DynamoDB allows at most ${rules.maxBytes}.`,
    );
  }
}

function validateKeyValue(entity: EntityName, value: unknown, rules: EntityKeyRules): void {
  if (typeof value !== 'string') {
    throw new InvalidKeyError(
      `The ${rules.kind} value of ${entity.name} must be a string; got ${describe(value)}.`,
    );
  }
  if (value.length === 0 && !rules.allowEmptyValue) {
    throw new InvalidKeyError(`The ${rules.kind} value of ${entity.name} must not be empty.`);
  }
  if (value.includes(KEY_SEPARATOR)) {
    throw new InvalidKeyError(
      `The ${rules.kind} value ${JSON.stringify(value)} of ${entity.name} contains the key separator "${KEY_SEPARATOR}", which would let it match other keys.`,
    );
  }
  if (!isWellFormed(value)) {
    throw new InvalidKeyError(
      `The ${rules.kind} value ${JSON.stringify(value)} of ${entity.name} holds a lone surrogate (it is not well-formed UTF-16): DynamoDB would store it as the same key as other such values. Pass well-formed text.`,
    );
  }
}
