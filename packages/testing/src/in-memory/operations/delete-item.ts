import type { DeleteItemCommandInput, DeleteItemCommandOutput } from '@aws-sdk/client-dynamodb';
import { checkPlaceholders } from '../expressions/index.js';
import { checkGivenKey } from '../store/item-key.js';
import type { MemoryTables } from '../store/memory-tables.js';
import { expressionInputs, optionalCondition } from './expression-inputs.js';
import { checkScalarKeyPaths } from './key-paths.js';
import type { OperationOutput } from './operation-output.js';
import { checkOnFailure, checkWriteCondition } from './write-condition.js';
import { refuseLegacyParameters } from './legacy-parameters.js';
import { checkReturnValues, RETURN_OLD_VALUES } from './return-values.js';

/** DynamoDB's `DeleteItem`: removes an item if its condition holds, returning `ALL_OLD` if asked. */
export function deleteItem(
  tables: MemoryTables,
  input: DeleteItemCommandInput,
): OperationOutput<DeleteItemCommandOutput> {
  refuseLegacyParameters(input);
  const table = tables.require(input.TableName);
  const condition = optionalCondition(input.ConditionExpression);
  const inputs = expressionInputs(input, ['ConditionExpression']);
  checkPlaceholders([condition], inputs);
  checkScalarKeyPaths(table.schema, [condition], inputs);
  checkReturnValues(input.ReturnValues, RETURN_OLD_VALUES);
  checkOnFailure(input.ReturnValuesOnConditionCheckFailure);
  const key = checkGivenKey(table.schema, input.Key);
  const existing = table.get(key);
  checkWriteCondition(condition, existing, inputs, input.ReturnValuesOnConditionCheckFailure);
  table.delete(key);
  return input.ReturnValues === 'ALL_OLD' && existing !== undefined ? { Attributes: existing } : {};
}
