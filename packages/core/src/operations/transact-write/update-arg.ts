import type { UpdateChanges } from '../../expressions/update-changes.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { updateInput } from '../update/update-input.js';
import type { UpdateOptions } from '../update/update-options.js';
import { TransactWriteArg, type TransactWriteItemInput } from './transact-write-arg.js';

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
    const update = updateInput(config, this.pk, this.sk, this.changes, {
      condition: this.options.condition,
      mustExist: this.options.mustExist,
    });
    // Without `returnValues`, `updateInput` sets no `ReturnValues` (a transaction takes none).
    return { Update: { ...update, UpdateExpression: update.UpdateExpression ?? '' } };
  }
}
