import type { Attributes } from '../../items/item.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import type { PutOptions } from '../put/put-options.js';
import { sizedPutInput } from '../put/put-input.js';
import { sizedPut } from './sized-put.js';
import {
  type SizedTransactItem,
  TransactWriteArg,
  type TransactWriteItemInput,
} from './transact-write-arg.js';

/** Writes an item in a transaction, replacing it unless `allowOverwrite` is `false`. */
export class PutArg extends TransactWriteArg {
  readonly action = 'put';

  constructor(
    pk: PartitionKey,
    sk: SortKey,
    readonly attributes: Attributes = {},
    readonly options: PutOptions = {},
  ) {
    super(pk, sk);
  }

  /** The `Put` action. */
  toTransactItem(config: TableConfig): TransactWriteItemInput {
    return this.sizedTransactItem(config).item;
  }

  /** The `Put` action and its size, measured once by the 400 KB check. */
  override sizedTransactItem(config: TableConfig): SizedTransactItem {
    return sizedPut(sizedPutInput(config, this.pk, this.sk, this.attributes, this.options));
  }
}
