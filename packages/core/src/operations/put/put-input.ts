import type { PutCommandInput } from '@aws-sdk/lib-dynamodb';
import { attr } from '../../expressions/condition.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import { assignAttribute } from '../../items/assign-attribute.js';
import { checkItemSize } from '../../items/check-item-size.js';
import { checkStorableValue } from '../../items/check-storable-value.js';
import { hasOwn } from '../../items/has-own.js';
import type { Attributes, Item } from '../../items/item.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { checkAttributes } from '../check-attributes.js';
import { conditionFields } from '../condition-input.js';
import { checkIndexKeyValues, describeKey, itemKey } from '../item-key.js';
import { checkOptions } from '../check-options.js';
import { PUT_OPTION_SHAPE, type PutOptions } from './put-options.js';

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
  checkOptions(options, PUT_OPTION_SHAPE, 'the options of put');
  const operation = options.allowOverwrite === false ? 'insert' : 'put';
  const { item, itemBytes } = checkedPutItem(config, pk, sk, attributes, operation);
  const context = new ExpressionContext();
  const mustBeNew =
    options.allowOverwrite === false
      ? attr(config.primaryIndex.partitionKey).notExists()
      : undefined;
  const condition = conditionFields([mustBeNew, options.condition], context);
  const input: PutCommandInput = { TableName: config.tableName, Item: item };
  Object.assign(input, condition); // spreading is slower here
  return { input: context.addAttributesTo(input), itemBytes };
}

/** The item a put stores and its size, as measured for the 400 KB check. */
export interface CheckedItem {
  readonly item: Item;
  readonly itemBytes: number;
}

/**
 * The item a put (`operation`, for messages) stores, after every check on it: the
 * attributes do not set the key, every value can be stored, the item is at most 400 KB.
 * @throws {ValidationError} or {@link ItemTooLargeError} naming the item.
 */
export function checkedPutItem(
  config: TableConfig,
  pk: PartitionKey,
  sk: SortKey,
  attributes: Attributes,
  operation: string,
): CheckedItem {
  const key = itemKey(config, pk, sk);
  checkAttributes(config, attributes, operation);
  checkIndexKeyValues(config, attributes);
  const item = storedItem(config, attributes, key);
  checkStorableValue(attributes, () => `The item of ${operation} of ${describeKey(pk, sk)}`);
  const itemBytes = checkItemSize(item, () => `${operation} of ${describeKey(pk, sk)}`);
  return { item, itemBytes };
}

/**
 * The item as stored: the created-at stamp (unless the attributes set it), the attributes,
 * then the key. Built by assignment: spreading into a literal is several times slower here.
 */
function storedItem(config: TableConfig, attributes: Attributes, key: Item): Item {
  const item: Item = {};
  const stamp = config.timestamps.createdAt;
  if (stamp !== undefined && !(stamp in attributes)) item[stamp] = config.now();
  for (const name in attributes) {
    if (hasOwn.call(attributes, name)) assignAttribute(item, name, attributes[name]);
  }
  for (const name in key) {
    if (hasOwn.call(key, name)) assignAttribute(item, name, key[name]);
  }
  return item;
}
