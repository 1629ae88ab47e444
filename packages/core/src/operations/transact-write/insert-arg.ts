import type { Attributes } from '../../items/item.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { sizedPutInput } from '../put/put-input.js';
import { sizedPut } from './sized-put.js';
import {
  type SizedTransactItem,
  TransactWriteArg,
  type TransactWriteItemInput,
} from './transact-write-arg.js';

/** Inserts an item in a transaction; the transaction is cancelled if the item exists. */
export class InsertArg extends TransactWriteArg {
  readonly action = 'insert';

  constructor(
    pk: PartitionKey,
    sk: SortKey,
    readonly attributes: Attributes = {},
  ) {
    super(pk, sk);
  }

  /** The `Put` action that fails if the item exists. */
  toTransactItem(config: TableConfig): TransactWriteItemInput {
    return this.sizedTransactItem(config).item;
  }

  /** The `Put` action and its size, measured once by the 400 KB check. */
  override sizedTransactItem(config: TableConfig): SizedTransactItem {
    const put = sizedPutInput(config, this.pk, this.sk, this.attributes, { allowOverwrite: false });
    return sizedPut(put);
  }
}
