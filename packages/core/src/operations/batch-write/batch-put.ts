import type { Attributes } from '../../items/item.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { checkedPutItem } from '../put/put-input.js';
import { BatchWriteRequest, type BatchWriteRequestInput } from './batch-write-request.js';

/** Writes an item in a batch, replacing any item with the same key; stamps CreatedAt like `put`. */
export class BatchPut extends BatchWriteRequest {
  readonly action = 'put';

  constructor(
    pk: PartitionKey,
    sk: SortKey,
    readonly attributes: Attributes = {},
  ) {
    super(pk, sk);
  }

  /** The `PutRequest`. @throws {ValidationError} for attributes that set the key. */
  toWriteRequest(config: TableConfig): BatchWriteRequestInput {
    const { item } = checkedPutItem(config, this.pk, this.sk, this.attributes, 'put');
    return { PutRequest: { Item: item } };
  }
}
