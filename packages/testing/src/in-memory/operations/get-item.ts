import type { GetItemCommandInput, GetItemCommandOutput } from '@aws-sdk/client-dynamodb';
import { checkPlaceholders } from '../expressions/index.js';
import { copyItem } from '../store/copy-item.js';
import { checkGivenKey } from '../store/item-key.js';
import type { MemoryTables } from '../store/memory-tables.js';
import { expressionInputs, optionalProjection, projected } from './expression-inputs.js';
import { checkScalarKeyPaths } from './key-paths.js';
import type { OperationOutput } from './operation-output.js';
import { refuseLegacyParameters } from './legacy-parameters.js';

/** DynamoDB's `GetItem`: the item with the key (projected), or no `Item`. */
export function getItem(
  tables: MemoryTables,
  input: GetItemCommandInput,
): OperationOutput<GetItemCommandOutput> {
  refuseLegacyParameters(input);
  const table = tables.require(input.TableName);
  const projection = optionalProjection(input.ProjectionExpression);
  const inputs = expressionInputs(input, []);
  checkPlaceholders([projection], inputs);
  checkScalarKeyPaths(table.schema, [projection], inputs);
  const item = table.get(checkGivenKey(table.schema, input.Key));
  return item === undefined ? {} : { Item: copyItem(projected(projection, item, inputs)) };
}
