import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Item } from '../expressions/index.js';

/** A batch read or write the in-memory DynamoDB may leave unprocessed. */
export interface BatchEntry {
  readonly operation: 'BatchGetItem' | 'BatchWriteItem';
  readonly tableName: string;
  /** `'get'` for a read. */
  readonly action: 'get' | 'put' | 'delete';
  /** The item's primary key, unmarshalled. */
  readonly key: Record<string, NativeAttributeValue>;
}

/** Picks the batch entries to leave unprocessed. */
export type UnprocessedSelector = (entry: BatchEntry) => boolean;

/**
 * Faults to inject into an in-memory DynamoDB, so that retry paths can be tested: batch
 * entries returned as `UnprocessedItems` / `UnprocessedKeys` as DynamoDB does under load.
 */
export class Faults {
  private readonly selectors: UnprocessedSelector[] = [];

  /** Leaves every batch entry that `select` picks unprocessed, until {@link Faults.clear}. */
  unprocessed(select: UnprocessedSelector): this {
    this.selectors.push(select);
    return this;
  }

  /** Whether to leave this entry unprocessed. */
  leavesUnprocessed(
    operation: BatchEntry['operation'],
    tableName: string,
    action: BatchEntry['action'],
    key: Item,
  ): boolean {
    if (this.selectors.length === 0) return false;
    const entry: BatchEntry = { operation, tableName, action, key: unmarshall(key) };
    return this.selectors.some((select) => select(entry));
  }

  /** Removes every fault. */
  clear(): void {
    this.selectors.length = 0;
  }
}
