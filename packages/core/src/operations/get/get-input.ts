import type { GetCommandInput } from '@aws-sdk/lib-dynamodb';
import { compileProjection } from '../../expressions/compile-projection.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { itemKey } from '../item-key.js';
import { checkOptions } from '../check-options.js';
import { GET_OPTION_SHAPE, type GetOptions } from './get-options.js';

/** The `GetItem` input that reads one item. */
export function getInput(
  config: TableConfig,
  pk: PartitionKey,
  sk: SortKey,
  options: GetOptions = {},
): GetCommandInput {
  checkOptions(options, GET_OPTION_SHAPE, 'the options of get');
  const context = new ExpressionContext();
  const projection =
    options.attributes === undefined
      ? {}
      : {
          ProjectionExpression: compileProjection(options.attributes, context),
        };
  return {
    TableName: config.tableName,
    Key: itemKey(config, pk, sk),
    ...(options.consistent === true ? { ConsistentRead: true } : {}),
    ...projection,
    ...context.toAttributes(),
  };
}
