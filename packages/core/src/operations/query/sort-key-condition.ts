import { InvalidKeyError } from '../../errors/invalid-key-error.js';
import { ValidationError } from '../../errors/validation-error.js';
import { describe } from '../../keys/entity-name.js';
import { PrefixSortKey } from '../../keys/prefix-sort-key.js';
import { SortKey } from '../../keys/sort-key.js';

/** How a {@link SortKeyCondition} compares the sort key. */
export type SortKeyConditionKind = 'eq' | 'beginsWith' | 'between' | 'lt' | 'le' | 'gt' | 'ge';

/**
 * The sort key part of a query, given with key objects: `SortKeyCondition.gt(orderKey)`.
 * Comparisons stay inside the key's entity: `gt(ORDER#5)` matches `ORDER#6` but never
 * `USER#…`, even where both live in the same partition.
 */
export class SortKeyCondition {
  private constructor(
    /** How the sort key is compared. */
    readonly kind: SortKeyConditionKind,
    /** The key compared with; the lower bound of `between`. */
    readonly key: SortKey | PrefixSortKey,
    /** The upper bound of `between`. */
    readonly high?: SortKey,
  ) {}

  /** Sort key equal to `sk`. */
  static eq(sk: SortKey): SortKeyCondition {
    return new SortKeyCondition('eq', sortKey(sk));
  }

  /** Sort key starting with `prefix` (an entity, optionally with a value prefix). */
  static beginsWith(prefix: PrefixSortKey): SortKeyCondition {
    if (!(prefix instanceof PrefixSortKey)) {
      throw new InvalidKeyError(`beginsWith needs a PrefixSortKey; got ${describe(prefix)}.`);
    }
    return new SortKeyCondition('beginsWith', prefix);
  }

  /**
   * Sort key from `low` to `high`, both included.
   * @throws {ValidationError} if the keys are of different entities or `low` sorts after `high`.
   */
  static between(low: SortKey, high: SortKey): SortKeyCondition {
    sortKey(low);
    sortKey(high);
    if (low.entity.name !== high.entity.name) {
      throw new ValidationError(
        `between needs two keys of the same entity; got ${low.entity.name} and ${high.entity.name}.`,
      );
    }
    if (Buffer.compare(Buffer.from(low.toString()), Buffer.from(high.toString())) > 0) {
      throw new ValidationError(
        `between needs low <= high in DynamoDB's byte order; ${low.toString()} sorts after ${high.toString()}.`,
      );
    }
    return new SortKeyCondition('between', low, high);
  }

  /** Sort key of the same entity, before `sk`. */
  static lt(sk: SortKey): SortKeyCondition {
    return new SortKeyCondition('lt', sortKey(sk));
  }

  /** Sort key of the same entity, before or equal to `sk`. */
  static le(sk: SortKey): SortKeyCondition {
    return new SortKeyCondition('le', sortKey(sk));
  }

  /** Sort key of the same entity, after `sk`. */
  static gt(sk: SortKey): SortKeyCondition {
    return new SortKeyCondition('gt', sortKey(sk));
  }

  /** Sort key of the same entity, after or equal to `sk`. */
  static ge(sk: SortKey): SortKeyCondition {
    return new SortKeyCondition('ge', sortKey(sk));
  }

  /**
   * The condition a query's `sortKey` option stands for: a `SortKey` means `eq`, a
   * `PrefixSortKey` means `beginsWith`.
   * @throws {InvalidKeyError} for anything else.
   */
  static from(value: SortKey | PrefixSortKey | SortKeyCondition): SortKeyCondition {
    if (value instanceof SortKeyCondition) return value;
    if (value instanceof SortKey) return SortKeyCondition.eq(value);
    if (value instanceof PrefixSortKey) return SortKeyCondition.beginsWith(value);
    throw new InvalidKeyError(
      `A query's sortKey must be a SortKey, a PrefixSortKey or a SortKeyCondition; got ${describe(value)}.`,
    );
  }

  /** The condition for messages: `gt(ORDER#5)`. */
  toString(): string {
    const keys = this.high === undefined ? [this.key] : [this.key, this.high];
    return `${this.kind}(${keys.map(String).join(', ')})`;
  }
}

function sortKey(sk: SortKey): SortKey {
  if (!(sk instanceof SortKey)) {
    throw new InvalidKeyError(`A sort key condition needs a SortKey; got ${describe(sk)}.`);
  }
  return sk;
}
