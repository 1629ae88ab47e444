import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Condition } from '../../expressions/condition.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { conditionFields } from '../condition-input.js';
import { itemKey } from '../item-key.js';

/** A `ConditionCheck` action of a transaction, in the document client's form. */
export type ConditionCheckInput = NonNullable<
  NonNullable<TransactWriteCommandInput['TransactItems']>[number]['ConditionCheck']
>;

/** The `ConditionCheck` that makes a transaction require a condition on an item it does not write. */
export function conditionCheckInput(
  config: TableConfig,
  pk: PartitionKey,
  sk: SortKey,
  condition: Condition,
): ConditionCheckInput {
  const key = itemKey(config, pk, sk);
  const context = new ExpressionContext();
  const fields = conditionFields([condition], context);
  return {
    TableName: config.tableName,
    Key: key,
    ConditionExpression: fields.ConditionExpression ?? '',
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    ...context.toAttributes(),
  };
}
