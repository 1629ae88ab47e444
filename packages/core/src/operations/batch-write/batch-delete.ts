import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { itemKey } from '../item-key.js';
import { BatchWriteRequest, type BatchWriteRequestInput } from './batch-write-request.js';

/** Deletes an item in a batch; deleting a missing item succeeds. */
export class BatchDelete extends BatchWriteRequest {
  readonly action = 'delete';

  constructor(pk: PartitionKey, sk: SortKey) {
    super(pk, sk);
  }

  /** The `DeleteRequest`. */
  toWriteRequest(config: TableConfig): BatchWriteRequestInput {
    return { DeleteRequest: { Key: itemKey(config, this.pk, this.sk) } };
  }
}
