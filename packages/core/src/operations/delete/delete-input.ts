import type { DeleteCommandInput } from '@aws-sdk/lib-dynamodb';
import { attr } from '../../expressions/condition.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { conditionFields } from '../condition-input.js';
import { itemKey } from '../item-key.js';
import { checkOptions } from '../check-options.js';
import { DELETE_OPTION_SHAPE, type DeleteOptions } from './delete-options.js';

/** The `DeleteItem` input that deletes an item; with `idempotent: false` it must exist. */
export function deleteInput(
  config: TableConfig,
  pk: PartitionKey,
  sk: SortKey,
  options: DeleteOptions = {},
): DeleteCommandInput {
  checkOptions(options, DELETE_OPTION_SHAPE, 'the options of delete');
  const key = itemKey(config, pk, sk);
  const context = new ExpressionContext();
  const mustExist =
    options.idempotent === false ? attr(config.primaryIndex.partitionKey).exists() : undefined;
  return {
    TableName: config.tableName,
    Key: key,
    ...conditionFields([mustExist, options.condition], context),
    ...context.toAttributes(),
  };
}
