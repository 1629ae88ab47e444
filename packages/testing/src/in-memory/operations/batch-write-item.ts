import type {
  BatchWriteItemCommandInput,
  BatchWriteItemCommandOutput,
  WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { Item } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { Faults } from '../faults/faults.js';
import { storableItem } from '../store/check-item.js';
import { copyItem } from '../store/copy-item.js';
import { checkKey, keyOf, keyString } from '../store/item-key.js';
import type { MemoryTable } from '../store/memory-table.js';
import type { MemoryTables } from '../store/memory-tables.js';
import type { OperationOutput } from './operation-output.js';

interface CheckedWrite {
  readonly table: MemoryTable;
  readonly request: WriteRequest;
  readonly key: Item;
  /** The item to store, for a put. */
  readonly item: Item | undefined;
}

/**
 * DynamoDB's `BatchWriteItem`: 1 to 25 puts and deletes, each applied on its own (no
 * conditions); entries the faults pick come back in `UnprocessedItems`.
 */
export function batchWriteItem(
  tables: MemoryTables,
  input: BatchWriteItemCommandInput,
  faults: Faults,
): OperationOutput<BatchWriteItemCommandOutput> {
  const writes = checkedWrites(tables, input.RequestItems ?? {});
  const unprocessed: Record<string, WriteRequest[]> = {};
  for (const write of writes) {
    const { tableName } = write.table.schema;
    const action = write.item === undefined ? 'delete' : 'put';
    if (faults.leavesUnprocessed('BatchWriteItem', tableName, action, write.key)) {
      (unprocessed[tableName] ??= []).push(structuredClone(write.request));
    } else if (write.item !== undefined) {
      write.table.put(write.item);
    } else {
      write.table.delete(write.key);
    }
  }
  return { UnprocessedItems: unprocessed };
}

function checkedWrites(
  tables: MemoryTables,
  requestItems: Record<string, WriteRequest[]>,
): CheckedWrite[] {
  const entries = Object.entries(requestItems);
  const count = entries.reduce((sum, [, requests]) => sum + requests.length, 0);
  if (count === 0 || count > 25) {
    throw validationError(
      count === 0
        ? emptyBatchWriteMessage(entries)
        : 'Too many items requested for the BatchWriteItem call',
    );
  }
  const writes: CheckedWrite[] = [];
  const seen = new Set<string>();
  for (const [tableName, requests] of entries) {
    const table = tables.require(tableName);
    for (const request of requests) {
      const write = checkedWrite(table, request);
      const id = `${tableName}\u0000${keyString(table.schema, write.key)}`;
      if (seen.has(id)) throw validationError('Provided list of item keys contains duplicates');
      seen.add(id);
      writes.push(write);
    }
  }
  return writes;
}

function checkedWrite(table: MemoryTable, request: WriteRequest): CheckedWrite {
  const item = request.PutRequest?.Item;
  if (item !== undefined && request.DeleteRequest === undefined) {
    const stored = storableItem(table.schema, copyItem(item));
    return { table, request, key: keyOf(table.schema, stored), item: stored };
  }
  if (request.DeleteRequest !== undefined && request.PutRequest === undefined) {
    return {
      table,
      request,
      key: checkKey(table.schema, request.DeleteRequest.Key),
      item: undefined,
    };
  }
  throw validationError(
    'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
  );
}

/** DynamoDB Local's refusal of a batch write without requests: none at all, or a table's empty list. */
function emptyBatchWriteMessage(entries: [string, WriteRequest[]][]): string {
  const empty = entries.find(([, requests]) => requests.length === 0);
  return empty === undefined
    ? 'BatchWriteItem cannot have a null or no requests set'
    : `The batch write request list for a table cannot be null or empty: ${empty[0]}`;
}
