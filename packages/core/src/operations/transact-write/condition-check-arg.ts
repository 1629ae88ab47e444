import { ValidationError } from '../../errors/validation-error.js';
import { Condition } from '../../expressions/condition.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { conditionCheckInput } from '../condition-check/condition-check-input.js';
import { TransactWriteArg, type TransactWriteItemInput } from './transact-write-arg.js';

/** Makes a transaction require a condition on an item it does not write. */
export class ConditionCheckArg extends TransactWriteArg {
  readonly action = 'conditionCheck';

  constructor(
    pk: PartitionKey,
    sk: SortKey,
    readonly condition: Condition,
  ) {
    super(pk, sk);
    if (!(condition instanceof Condition)) {
      throw new ValidationError(`A condition check of ${this.toString()} needs a Condition.`);
    }
  }

  /** The `ConditionCheck` action. */
  toTransactItem(config: TableConfig): TransactWriteItemInput {
    return {
      ConditionCheck: conditionCheckInput(config, this.pk, this.sk, this.condition),
    };
  }
}
