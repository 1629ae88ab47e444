import type { BatchGetOptions, BatchWriteOptions } from '@dokklib/core';

/** Options of `EntityManager.batchGet`. */
export type EntityBatchGetOptions = Omit<BatchGetOptions, 'attributes'>;

/** The entities `EntityManager.batchWrite` writes and deletes; of any classes, each item once. */
export interface EntityBatchWrite {
  /** Entities to write, replacing any item with the same key. */
  readonly put?: readonly object[];
  /** Entities to delete; deleting a missing item succeeds. */
  readonly delete?: readonly object[];
}

/** Options of `EntityManager.batchWrite`. */
export interface EntityBatchWriteOptions extends BatchWriteOptions {
  /**
   * Write and delete `@Version` entities that hold a version without checking it (batch
   * writes cannot be conditional). Refused by default.
   */
  readonly ignoreVersions?: boolean;
}
