import type { BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { InvalidKeyError } from '../../errors/invalid-key-error.js';
import { describe } from '../../keys/entity-name.js';
import { PartitionKey } from '../../keys/partition-key.js';
import { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { describeKey } from '../item-key.js';

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
    if (!(pk instanceof PartitionKey)) {
      throw new InvalidKeyError(`A batch write needs a PartitionKey; got ${describe(pk)}.`);
    }
    if (!(sk instanceof SortKey)) {
      throw new InvalidKeyError(`A batch write needs a SortKey; got ${describe(sk)}.`);
    }
  }

  /** The write as it goes into `RequestItems`. */
  abstract toWriteRequest(config: TableConfig): BatchWriteRequestInput;

  /** Names the write for messages: `put of USER#alice / GROUP#g1`. */
  toString(): string {
    return `${this.action} of ${describeKey(this.pk, this.sk)}`;
  }
}
