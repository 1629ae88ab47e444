import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { Item } from '../../items/item.js';
import { itemSizeBytes } from '../../items/item-size.js';
import type { TableConfig } from '../../table/table-config.js';
import { checkItemKey, describeKey } from '../item-key.js';

/** One action of a `TransactWriteItems` request, in the document client's form. */
export type TransactWriteItemInput = NonNullable<
  TransactWriteCommandInput['TransactItems']
>[number];

/** A transaction action and the bytes it adds toward the transaction's 4 MB limit. */
export interface SizedTransactItem {
  readonly item: TransactWriteItemInput;
  readonly bytes: number;
}

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

  /** The action and its size: the item written (or the key) plus the expression values. */
  sizedTransactItem(config: TableConfig): SizedTransactItem {
    const item = this.toTransactItem(config);
    const part = item.Put ?? item.Update ?? item.Delete ?? item.ConditionCheck;
    const stored = item.Put?.Item ?? (part as { Key?: Item } | undefined)?.Key ?? {};
    return {
      item,
      bytes: itemSizeBytes(stored) + itemSizeBytes(part?.ExpressionAttributeValues ?? {}),
    };
  }

  /** Names the action for messages: `insert of USER#alice / GROUP#g1`. */
  toString(): string {
    return `${this.action} of ${describeKey(this.pk, this.sk)}`;
  }
}
