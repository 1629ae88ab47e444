import type {
  TransactGetItemsCommandInput,
  TransactGetItemsCommandOutput,
} from '@aws-sdk/client-dynamodb';
import { checkPlaceholders } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import { copyItem } from '../store/copy-item.js';
import { checkKey, keyString } from '../store/item-key.js';
import type { MemoryTables } from '../store/memory-tables.js';
import { expressionInputs, optionalProjection, projected } from './expression-inputs.js';
import { checkScalarKeyPaths } from './key-paths.js';
import type { OperationOutput } from './operation-output.js';
import { checkTransactionSize } from './transaction-items.js';

/** DynamoDB's `TransactGetItems`: 1 to 100 items read at once; one response per key, in order. */
export function transactGetItems(
  tables: MemoryTables,
  input: TransactGetItemsCommandInput,
): OperationOutput<TransactGetItemsCommandOutput> {
  const actions = input.TransactItems ?? [];
  checkTransactionSize(actions.length);
  const seen = new Set<string>();
  const reads = actions.map((action) => {
    const get = action.Get;
    if (get === undefined) throw validationError('TransactItems can only contain Get operations');
    const table = tables.existing(get.TableName);
    const projection = optionalProjection(get.ProjectionExpression);
    const inputs = expressionInputs(get, []);
    checkPlaceholders([projection], inputs);
    checkScalarKeyPaths(table.schema, [projection], inputs);
    const key = checkKey(table.schema, get.Key);
    const id = `${table.schema.tableName}\u0000${keyString(table.schema, key)}`;
    if (seen.has(id))
      throw validationError('Transaction request cannot include multiple operations on one item');
    seen.add(id);
    return () => {
      const item = table.get(key);
      return item === undefined ? {} : { Item: copyItem(projected(projection, item, inputs)) };
    };
  });
  return { Responses: reads.map((read) => read()) };
}
