import { InvalidKeyError } from '../errors/invalid-key-error.js';
import { isWellFormed } from '../items/is-well-formed.js';
import { KEY_SEPARATOR } from './key-separator.js';

/**
 * The name of an entity type in a single table, used as the prefix of its keys.
 *
 * Given explicitly (`new EntityName('USER')`), never derived from class names, which
 * minifiers rename.
 * @throws {InvalidKeyError} if the name is empty, not a string, or contains `#`.
 */
export class EntityName {
  /** The name as given, e.g. `'USER'`. */
  readonly name: string;
  /** The key prefix of this entity: the name followed by the separator, e.g. `'USER#'`. */
  readonly prefix: string;

  constructor(name: string) {
    if (typeof name !== 'string' || name.length === 0) {
      throw new InvalidKeyError(
        `An entity name must be a non-empty string; got ${describe(name)}.`,
      );
    }
    if (name.includes(KEY_SEPARATOR)) {
      throw new InvalidKeyError(
        `The entity name ${JSON.stringify(name)} contains the key separator "${KEY_SEPARATOR}".`,
      );
    }
    if (!isWellFormed(name)) {
      throw new InvalidKeyError(
        `The entity name ${JSON.stringify(name)} holds a lone surrogate (it is not well-formed UTF-16): DynamoDB would store its keys as those of another name.`,
      );
    }
    this.name = name;
    // Made once: every key of the entity starts with it.
    this.prefix = name + KEY_SEPARATOR;
  }

  /** The entity name. */
  toString(): string {
    return this.name;
  }
}

/** Names a value and its type for error messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  return `${String(value)} (${typeof value})`;
}
