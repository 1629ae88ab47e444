import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { deleteInput } from '../delete/delete-input.js';
import type { DeleteOptions } from '../delete/delete-options.js';
import { TransactWriteArg, type TransactWriteItemInput } from './transact-write-arg.js';

/** Deletes an item in a transaction; with `idempotent: false` the item must exist. */
export class DeleteArg extends TransactWriteArg {
  readonly action = 'delete';

  constructor(
    pk: PartitionKey,
    sk: SortKey,
    readonly options: DeleteOptions = {},
  ) {
    super(pk, sk);
  }

  /** The `Delete` action. */
  toTransactItem(config: TableConfig): TransactWriteItemInput {
    return { Delete: deleteInput(config, this.pk, this.sk, this.options) };
  }
}
