import type { PutItemCommandInput, PutItemCommandOutput } from '@aws-sdk/client-dynamodb';
import { checkPlaceholders } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import { storableItem } from '../store/check-item.js';
import { copyItem } from '../store/copy-item.js';
import { keyOf } from '../store/item-key.js';
import type { MemoryTables } from '../store/memory-tables.js';
import { expressionInputs, optionalCondition } from './expression-inputs.js';
import { checkScalarKeyPaths } from './key-paths.js';
import type { OperationOutput } from './operation-output.js';
import { checkOnFailure, checkWriteCondition } from './write-condition.js';
import { refuseLegacyParameters } from './legacy-parameters.js';
import { checkReturnValues, RETURN_OLD_VALUES } from './return-values.js';

/** DynamoDB's `PutItem`: writes an item if its condition holds, returning `ALL_OLD` if asked. */
export function putItem(
  tables: MemoryTables,
  input: PutItemCommandInput,
): OperationOutput<PutItemCommandOutput> {
  refuseLegacyParameters(input);
  const table = tables.require(input.TableName);
  const condition = optionalCondition(input.ConditionExpression);
  const inputs = expressionInputs(input, ['ConditionExpression']);
  checkPlaceholders([condition], inputs);
  checkScalarKeyPaths(table.schema, [condition], inputs);
  checkReturnValues(input.ReturnValues, RETURN_OLD_VALUES);
  checkOnFailure(input.ReturnValuesOnConditionCheckFailure);
  if (input.Item === undefined) throw validationError('Item to put in PutItem cannot be null');
  const item = storableItem(table.schema, copyItem(input.Item));
  const existing = table.get(keyOf(table.schema, item));
  checkWriteCondition(condition, existing, inputs, input.ReturnValuesOnConditionCheckFailure);
  table.put(item);
  return input.ReturnValues === 'ALL_OLD' && existing !== undefined
    ? { Attributes: copyItem(existing) }
    : {};
}
