import type { UpdateChanges } from '../../expressions/update-changes.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { sizedUpdateInput } from '../update/update-input.js';
import type { UpdateOptions } from '../update/update-options.js';
import {
  type SizedTransactItem,
  TransactWriteArg,
  type TransactWriteItemInput,
} from './transact-write-arg.js';

/** Updates an item in a transaction. */
export class UpdateArg extends TransactWriteArg {
  readonly action = 'update';

  constructor(
    pk: PartitionKey,
    sk: SortKey,
    readonly changes: UpdateChanges,
    readonly options: Omit<UpdateOptions, 'returnValues'> = {},
  ) {
    super(pk, sk);
  }

  /** The `Update` action. */
  toTransactItem(config: TableConfig): TransactWriteItemInput {
    return this.sizedTransactItem(config).item;
  }

  /** The `Update` action and its size: its key and values, measured once by the 400 KB check. */
  override sizedTransactItem(config: TableConfig): SizedTransactItem {
    // Without `returnValues`, the input has no `ReturnValues` (a transaction takes none).
    const { input, bytes } = sizedUpdateInput(config, this.pk, this.sk, this.changes, {
      condition: this.options.condition,
      mustExist: this.options.mustExist,
    });
    return { item: { Update: input }, bytes };
  }
}
