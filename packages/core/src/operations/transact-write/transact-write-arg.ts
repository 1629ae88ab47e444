import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { checkItemKey, describeKey } from '../item-key.js';

/** One action of a `TransactWriteItems` request, in the document client's form. */
export type TransactWriteItemInput = NonNullable<
  TransactWriteCommandInput['TransactItems']
>[number];

/** What a transaction action does. */
export type TransactWriteAction = 'insert' | 'put' | 'update' | 'delete' | 'conditionCheck';

/** One write (or condition check) of `Table.transactWriteItems`, on one item. */
export abstract class TransactWriteArg {
  /** What the action does. */
  abstract readonly action: TransactWriteAction;

  protected constructor(
    readonly pk: PartitionKey,
    readonly sk: SortKey,
  ) {
    checkItemKey(pk, sk, 'A transaction action');
  }

  /** The action as it goes into `TransactItems`. */
  abstract toTransactItem(config: TableConfig): TransactWriteItemInput;

  /** Names the action for messages: `insert of USER#alice / GROUP#g1`. */
  toString(): string {
    return `${this.action} of ${describeKey(this.pk, this.sk)}`;
  }
}
