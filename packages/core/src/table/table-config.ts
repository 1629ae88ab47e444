import { GlobalSecondaryIndex } from '../indexes/global-secondary-index.js';
import { InversePrimaryIndex } from '../indexes/inverse-primary-index.js';
import { type KeyByteLimit, keyByteLimits } from '../indexes/key-byte-limits.js';
import { PrimaryIndex } from '../indexes/primary-index.js';
import { ValidationError } from '../errors/validation-error.js';
import type { TableOptions } from './table-options.js';
import { type TimestampAttributes, timestampAttributes } from './timestamps.js';

/** A table's layout with every default applied; what request builders read. */
export interface TableConfig {
  readonly tableName: string;
  readonly primaryIndex: PrimaryIndex;
  readonly inverseIndex: InversePrimaryIndex;
  /** The inverse index and the custom GSIs. */
  readonly globalIndexes: readonly GlobalSecondaryIndex[];
  /** Every attribute that is part of a key of the table or one of its GSIs. */
  readonly keyAttributes: ReadonlySet<string>;
  /** The byte limits of the table's partition and sort key values, over every index. */
  readonly primaryKeyLimits: readonly [KeyByteLimit, KeyByteLimit];
  /** The byte limits of the GSIs' other key attributes (usually none). */
  readonly otherKeyLimits: readonly KeyByteLimit[];
  readonly timestamps: TimestampAttributes;
  /** The current time as an ISO-8601 UTC string. */
  readonly now: () => string;
  /** `'TOTAL'` when a logger wants consumed capacity, otherwise `undefined`. */
  readonly returnConsumedCapacity: 'TOTAL' | undefined;
  /** The secret page cursors are signed with, if any. */
  readonly cursorSecret: string | undefined;
}

/** Applies the defaults to a table's options. */
export function tableConfig(tableName: string, options: Omit<TableOptions, 'client'>): TableConfig {
  if (typeof tableName !== 'string' || tableName.length === 0) {
    throw new ValidationError('A table needs a non-empty name.');
  }
  const primaryIndex = options.primaryIndex ?? new PrimaryIndex();
  const inverseIndex =
    options.inverseIndex ??
    new InversePrimaryIndex({
      partitionKey: primaryIndex.sortKey,
      sortKey: primaryIndex.partitionKey,
    });
  const globalIndexes = [inverseIndex, ...(options.globalIndexes ?? [])];
  const keyAttributes = new Set([primaryIndex.partitionKey, primaryIndex.sortKey]);
  for (const index of globalIndexes) {
    keyAttributes.add(index.partitionKey);
    keyAttributes.add(index.sortKey);
  }
  const limits = keyByteLimits([primaryIndex, ...globalIndexes]);
  const primaryKeyLimits = [
    limits.get(primaryIndex.partitionKey),
    limits.get(primaryIndex.sortKey),
  ] as [KeyByteLimit, KeyByteLimit];
  const otherKeyLimits = [...limits.values()].filter((limit) => !primaryKeyLimits.includes(limit));
  const clock = options.clock ?? (() => new Date());
  return {
    tableName,
    primaryIndex,
    inverseIndex,
    globalIndexes,
    keyAttributes,
    primaryKeyLimits,
    otherKeyLimits,
    timestamps: timestampAttributes(options.timestamps),
    now: () => clock().toISOString(),
    returnConsumedCapacity: options.logger === undefined ? undefined : 'TOTAL',
    cursorSecret: checkedCursorSecret(options.cursorSecret),
  };
}

/**
 * The config with its clock stopped at the first reading: every timestamp of one call (a
 * transaction, a batch) is the same moment, and the clock is read only if one is needed.
 */
export function atOneMoment(config: TableConfig): TableConfig {
  let at: string | undefined;
  return { ...config, now: () => (at ??= config.now()) };
}

function checkedCursorSecret(secret: string | undefined): string | undefined {
  if (secret !== undefined && (typeof secret !== 'string' || secret.length === 0)) {
    throw new ValidationError('cursorSecret must be a non-empty string.');
  }
  return secret;
}
