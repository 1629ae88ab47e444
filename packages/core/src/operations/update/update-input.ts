import type { UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../errors/validation-error.js';
import { attr } from '../../expressions/condition.js';
import { compileUpdate, updatedAttributeNames } from '../../expressions/compile-update.js';
import { ExpressionContext } from '../../expressions/expression-context.js';
import type { UpdateChanges } from '../../expressions/update-changes.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { TableConfig } from '../../table/table-config.js';
import { checkNotKeyAttributes } from '../check-attributes.js';
import { conditionFields } from '../condition-input.js';
import { itemKey } from '../item-key.js';
import type { UpdateOptions } from './update-options.js';

/**
 * The `UpdateItem` input that applies changes to an item (creating it unless `mustExist`).
 * Stamps the updated-at attribute unless the changes touch it.
 */
export function updateInput(
  config: TableConfig,
  pk: PartitionKey,
  sk: SortKey,
  changes: UpdateChanges,
  options: UpdateOptions = {},
): UpdateCommandInput {
  const key = itemKey(config, pk, sk);
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    throw new ValidationError(
      'The changes of an update must be an object: { set, remove, add, delete }.',
    );
  }
  const stamped = withUpdatedAt(config, changes);
  checkNotKeyAttributes(config, updatedAttributeNames(stamped), 'update');
  const context = new ExpressionContext();
  const updateExpression = compileUpdate(stamped, context);
  const mustExist =
    options.mustExist === true ? attr(config.primaryIndex.partitionKey).exists() : undefined;
  const condition = conditionFields([mustExist, options.condition], context);
  const returnValues = options.returnValues ?? 'NONE';
  return {
    TableName: config.tableName,
    Key: key,
    UpdateExpression: updateExpression,
    ...condition,
    ...context.toAttributes(),
    ...(returnValues === 'NONE' ? {} : { ReturnValues: returnValues }),
  };
}

/** Adds the updated-at stamp, unless the changes set it or change nothing at all. */
function withUpdatedAt(config: TableConfig, changes: UpdateChanges): UpdateChanges {
  const name = config.timestamps.updatedAt;
  const changed = updatedAttributeNames(changes);
  if (name === undefined || changed.length === 0 || changed.includes(name)) return changes;
  return { ...changes, set: { ...changes.set, [name]: config.now() } };
}
