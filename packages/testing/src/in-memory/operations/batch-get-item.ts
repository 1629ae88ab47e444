import type {
  BatchGetItemCommandInput,
  BatchGetItemCommandOutput,
  KeysAndAttributes,
} from '@aws-sdk/client-dynamodb';
import { checkPlaceholders, type Item } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { Faults } from '../faults/faults.js';
import { copyItem } from '../store/copy-item.js';
import { checkKey, keyString } from '../store/item-key.js';
import type { MemoryTables } from '../store/memory-tables.js';
import { expressionInputs, optionalProjection, projected } from './expression-inputs.js';
import { checkScalarKeyPaths } from './key-paths.js';
import type { OperationOutput } from './operation-output.js';
import { refuseLegacyParameters } from './legacy-parameters.js';

/**
 * DynamoDB's `BatchGetItem`: up to 100 items by key across tables, in no particular order;
 * keys the faults pick come back in `UnprocessedKeys`.
 */
export function batchGetItem(
  tables: MemoryTables,
  input: BatchGetItemCommandInput,
  faults: Faults,
): OperationOutput<BatchGetItemCommandOutput> {
  const entries = Object.entries(input.RequestItems ?? {});
  const count = entries.reduce((sum, [, request]) => sum + (request.Keys?.length ?? 0), 0);
  if (count === 0 || count > 100) {
    throw validationError(
      count === 0
        ? emptyBatchGetMessage(entries)
        : 'Too many items requested for the BatchGetItem call',
    );
  }
  const reads = entries.map(([tableName, request]) =>
    readTable(tables, tableName, request, faults),
  );
  const responses: Record<string, Item[]> = {};
  const unprocessed: Record<string, KeysAndAttributes> = {};
  for (const { tableName, items, unprocessedKeys, request } of reads) {
    responses[tableName] = items;
    if (unprocessedKeys.length > 0)
      unprocessed[tableName] = { ...structuredClone(request), Keys: unprocessedKeys };
  }
  return { Responses: responses, UnprocessedKeys: unprocessed };
}

function readTable(
  tables: MemoryTables,
  tableName: string,
  request: KeysAndAttributes,
  faults: Faults,
) {
  refuseLegacyParameters(request);
  const table = tables.require(tableName);
  const projection = optionalProjection(request.ProjectionExpression);
  const inputs = expressionInputs(request, []);
  checkPlaceholders([projection], inputs);
  checkScalarKeyPaths(table.schema, [projection], inputs);
  const keys = (request.Keys ?? []).map((key) => checkKey(table.schema, key));
  const ids = new Set(keys.map((key) => keyString(table.schema, key)));
  if (ids.size !== keys.length)
    throw validationError('Provided list of item keys contains duplicates');
  const items: Item[] = [];
  const unprocessedKeys: Item[] = [];
  for (const key of keys) {
    if (faults.leavesUnprocessed('BatchGetItem', tableName, 'get', key)) {
      unprocessedKeys.push(copyItem(key));
      continue;
    }
    const item = table.get(key);
    if (item !== undefined) items.push(copyItem(projected(projection, item, inputs)));
  }
  return { tableName, items, unprocessedKeys, request };
}

/** DynamoDB Local's refusal of a batch get without keys: no tables, or a table's empty list. */
function emptyBatchGetMessage(entries: [string, KeysAndAttributes][]): string {
  const empty = entries.find(([, request]) => (request.Keys?.length ?? 0) === 0);
  return empty === undefined
    ? 'The requestItems parameter is required for BatchGetItem'
    : `The list of keys in RequestItems for BatchGetItem is required: ${empty[0]} has empty list`;
}
