import type { UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../errors/validation-error.js';
import { attr } from '../../expressions/condition.js';
import {
  compileStampedUpdate,
  type SetStamp,
  updatedAttributeNames,
} from '../../expressions/compile-update.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import type { UpdateChanges } from '../../expressions/update-changes.js';
import { checkItemBytes } from '../../items/check-item-size.js';
import { itemSizeBytes } from '../../items/item-size.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { checkNotKeyAttributes, checkNotRemovingKey } from '../check-attributes.js';
import { conditionFields } from '../condition-input.js';
import { checkIndexKeyValues, describeKey, itemKey } from '../item-key.js';
import { checkOptions } from '../check-options.js';
import { UPDATE_CHANGES_SHAPE, UPDATE_OPTION_SHAPE, type UpdateOptions } from './update-options.js';

/**
 * The `UpdateItem` input that applies changes to an item (creating it unless `mustExist`).
 * Stamps the updated-at attribute unless the changes touch it.
 * @throws {ItemTooLargeError} if the values it writes are over 400 KB by themselves.
 */
export function updateInput(
  config: TableConfig,
  pk: PartitionKey,
  sk: SortKey,
  changes: UpdateChanges,
  options: UpdateOptions = {},
): UpdateCommandInput {
  return sizedUpdateInput(config, pk, sk, changes, options).input;
}

/** An `UpdateItem` input and the size of its key and values, as measured for the 400 KB check. */
export interface SizedUpdateInput {
  readonly input: UpdateCommandInput & { UpdateExpression: string };
  readonly bytes: number;
}

/** {@link updateInput}, with the size it measured, so a transaction need not measure again. */
export function sizedUpdateInput(
  config: TableConfig,
  pk: PartitionKey,
  sk: SortKey,
  changes: UpdateChanges,
  options: UpdateOptions = {},
): SizedUpdateInput {
  const key = itemKey(config, pk, sk);
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    throw new ValidationError(
      'The changes of an update must be an object: { set, remove, add, delete }.',
    );
  }
  checkOptions(changes, UPDATE_CHANGES_SHAPE, 'the changes of update');
  checkOptions(options, UPDATE_OPTION_SHAPE, 'the options of update');
  checkNotRemovingKey(config, changes.remove);
  const changed = updatedAttributeNames(changes);
  const stamp = updatedAtStamp(config, changed);
  if (stamp !== undefined) changed.push(stamp.name);
  checkNotKeyAttributes(config, changed, 'update');
  if (changes.set !== undefined) checkIndexKeyValues(config, changes.set);
  const context = new ExpressionContext();
  const updateExpression = compileStampedUpdate(changes, stamp, context);
  const mustExist =
    options.mustExist === true ? attr(config.primaryIndex.partitionKey).exists() : undefined;
  const condition = conditionFields([mustExist, options.condition], context);
  const returnValues = options.returnValues ?? 'NONE';
  const input: SizedUpdateInput['input'] = {
    TableName: config.tableName,
    Key: key,
    UpdateExpression: updateExpression,
  };
  Object.assign(input, condition);
  context.addAttributesTo(input);
  // An update writes at least its key and values: over 400 KB, DynamoDB would refuse it.
  const bytes = checkItemBytes(
    itemSizeBytes(key) + itemSizeBytes(input.ExpressionAttributeValues ?? {}),
    () => `update of ${describeKey(pk, sk)}`,
  );
  if (returnValues !== 'NONE') input.ReturnValues = returnValues;
  return { input, bytes };
}

/** The updated-at stamp to set, unless the changes set it or change nothing at all. */
function updatedAtStamp(config: TableConfig, changed: readonly string[]): SetStamp | undefined {
  const name = config.timestamps.updatedAt;
  if (name === undefined || changed.length === 0 || changed.includes(name)) return undefined;
  return { name, value: config.now() };
}
