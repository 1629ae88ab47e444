import type { PutCommandInput } from '@aws-sdk/lib-dynamodb';
import { attr } from '../../expressions/condition.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import { checkItemSize } from '../../items/check-item-size.js';
import type { Attributes } from '../../items/item.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { checkAttributes } from '../check-attributes.js';
import { conditionFields } from '../condition-input.js';
import { describeKey, itemKey } from '../item-key.js';
import type { PutOptions } from './put-options.js';

/**
 * The `PutItem` input that writes an item. Stamps the created-at attribute unless the
 * attributes set it; with `allowOverwrite: false` the put fails if the item exists.
 */
export function putInput(
  config: TableConfig,
  pk: PartitionKey,
  sk: SortKey,
  attributes: Attributes = {},
  options: PutOptions = {},
): PutCommandInput {
  return sizedPutInput(config, pk, sk, attributes, options).input;
}

/** A `PutItem` input and the size of its item, as measured for the 400 KB check. */
export interface SizedPutInput {
  readonly input: PutCommandInput;
  readonly itemBytes: number;
}

/** {@link putInput}, with the item size it measured, so a transaction need not measure again. */
export function sizedPutInput(
  config: TableConfig,
  pk: PartitionKey,
  sk: SortKey,
  attributes: Attributes = {},
  options: PutOptions = {},
): SizedPutInput {
  const key = itemKey(config, pk, sk);
  const operation = options.allowOverwrite === false ? 'insert' : 'put';
  checkAttributes(config, attributes, operation);
  const context = new ExpressionContext();
  const mustBeNew =
    options.allowOverwrite === false
      ? attr(config.primaryIndex.partitionKey).notExists()
      : undefined;
  const condition = conditionFields([mustBeNew, options.condition], context);
  const item = { ...createdAt(config, attributes), ...attributes, ...key };
  const itemBytes = checkItemSize(item, `${operation} of ${describeKey(pk, sk)}`);
  const input = {
    TableName: config.tableName,
    Item: item,
    ...condition,
    ...context.toAttributes(),
  };
  return { input, itemBytes };
}

function createdAt(config: TableConfig, attributes: Attributes): Attributes {
  const name = config.timestamps.createdAt;
  return name === undefined || name in attributes ? {} : { [name]: config.now() };
}
