import type { UpdateItemCommandInput, UpdateItemCommandOutput } from '@aws-sdk/client-dynamodb';
import {
  applyUpdate,
  checkPlaceholders,
  type ExpressionInputs,
  type Item,
  parseUpdate,
  type UpdateExpression,
} from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { TableSchema } from '../schema/table-schema.js';
import { checkStoredItem } from '../store/check-item.js';
import { copyItem } from '../store/copy-item.js';
import { checkGivenKey, keyAttributes } from '../store/item-key.js';
import type { MemoryTables } from '../store/memory-tables.js';
import { expressionInputs, optionalCondition } from './expression-inputs.js';
import { checkScalarKeyPaths } from './key-paths.js';
import type { OperationOutput } from './operation-output.js';
import { pickPaths, type UpdatedPath, updatedPaths } from './updated-attributes.js';
import { checkOnFailure, checkWriteCondition } from './write-condition.js';
import { refuseLegacyParameters } from './legacy-parameters.js';
import { checkReturnValues, RETURN_UPDATE_VALUES } from './return-values.js';

/**
 * DynamoDB's `UpdateItem`: applies the update expression to the item (or to a new item of
 * just the key) if the condition holds, and returns what `ReturnValues` asks for.
 */
export function updateItem(
  tables: MemoryTables,
  input: UpdateItemCommandInput,
): OperationOutput<UpdateItemCommandOutput> {
  refuseLegacyParameters(input);
  const table = tables.require(input.TableName);
  const update =
    input.UpdateExpression === undefined ? undefined : parseUpdate(input.UpdateExpression);
  const condition = optionalCondition(input.ConditionExpression);
  const inputs = expressionInputs(input, ['UpdateExpression', 'ConditionExpression']);
  checkPlaceholders([update, condition], inputs);
  checkKeyNotUpdated(table.schema, update, inputs);
  checkScalarKeyPaths(table.schema, [condition, update], inputs);
  checkReturnValues(input.ReturnValues, RETURN_UPDATE_VALUES);
  checkOnFailure(input.ReturnValuesOnConditionCheckFailure);
  const key = checkGivenKey(table.schema, input.Key);
  const existing = table.get(key);
  checkWriteCondition(condition, existing, inputs, input.ReturnValuesOnConditionCheckFailure);
  const before = existing ?? copyItem(key);
  const after = updatedItem(table.schema, update, before, inputs);
  table.put(after);
  const paths = () => updatedPaths(update, inputs);
  return returnValues(input.ReturnValues, paths, existing, after);
}

/**
 * Checks that an update writes no table key attribute (nor a path inside one).
 * @throws {DynamoDBSimulationError} ValidationException as DynamoDB words it.
 */
export function checkKeyNotUpdated(
  schema: TableSchema,
  update: UpdateExpression | undefined,
  inputs: ExpressionInputs,
): void {
  const changed = new Set(updatedPaths(update, inputs).map((path) => path[0]));
  for (const { name } of keyAttributes(schema)) {
    if (changed.has(name)) {
      throw validationError(
        `One or more parameter values were invalid: Cannot update attribute ${name}. This attribute is part of the key`,
      );
    }
  }
}

/**
 * The item after the update (already checked by `checkKeyNotUpdated`), checked as DynamoDB
 * checks it (index key types, size). Does not store it.
 * @throws {DynamoDBSimulationError} ValidationException.
 */
export function updatedItem(
  schema: TableSchema,
  update: UpdateExpression | undefined,
  before: Item,
  inputs: ExpressionInputs,
): Item {
  const after =
    update === undefined ? copyItem(before) : applyUpdate(update, copyItem(before), inputs);
  checkStoredItem(schema, after, 'update');
  return after;
}

function returnValues(
  returnValues: string | undefined,
  paths: () => UpdatedPath[],
  existing: Item | undefined,
  after: Item,
): OperationOutput<UpdateItemCommandOutput> {
  let attributes: Item | undefined;
  if (returnValues === 'ALL_OLD') attributes = existing;
  if (returnValues === 'ALL_NEW') attributes = after;
  if (returnValues === 'UPDATED_OLD' && existing !== undefined)
    attributes = pickPaths(existing, paths());
  if (returnValues === 'UPDATED_NEW') attributes = pickPaths(after, paths());
  return attributes === undefined || Object.keys(attributes).length === 0
    ? {}
    : { Attributes: copyItem(attributes) };
}
