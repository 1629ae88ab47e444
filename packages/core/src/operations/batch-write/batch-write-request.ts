import type { BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { checkItemKey, describeKey } from '../item-key.js';

/** One write of a `BatchWriteItem` request, in the document client's form. */
export type BatchWriteRequestInput = NonNullable<
  BatchWriteCommandInput['RequestItems']
>[string][number];

/** What a batch write does to its item. */
export type BatchWriteAction = 'put' | 'delete';

/** One write of `Table.batchWrite`: a {@link BatchPut} or a {@link BatchDelete}. */
export abstract class BatchWriteRequest {
  /** What the write does. */
  abstract readonly action: BatchWriteAction;

  protected constructor(
    readonly pk: PartitionKey,
    readonly sk: SortKey,
  ) {
    checkItemKey(pk, sk, 'A batch write');
  }

  /** The write as it goes into `RequestItems`. */
  abstract toWriteRequest(config: TableConfig): BatchWriteRequestInput;

  /** Names the write for messages: `put of USER#alice / GROUP#g1`. */
  toString(): string {
    return `${this.action} of ${describeKey(this.pk, this.sk)}`;
  }
}
