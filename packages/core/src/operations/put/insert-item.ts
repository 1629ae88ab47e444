import { PutCommand, type PutCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Attributes } from '../../items/item.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import { describeKey } from '../item-key.js';
import { putInput } from './put-input.js';

/**
 * Writes a new item (`Table.insert` as a function).
 * @throws {ConditionalCheckFailedError} if an item with this key exists.
 */
export async function insertItem(
  table: BareTable,
  pk: PartitionKey,
  sk: SortKey,
  attributes?: Attributes,
): Promise<void> {
  const input = insertItemRequest(table, pk, sk, attributes);
  await table.runner.run({
    operation: `insert of ${describeKey(pk, sk)}`,
    command: 'PutItem',
    input,
    send: () => table.client.send(new PutCommand(input)),
  });
}

/** The `PutItem` input of {@link insertItem}, without sending it. */
export function insertItemRequest(
  table: TableLayout,
  pk: PartitionKey,
  sk: SortKey,
  attributes?: Attributes,
): PutCommandInput {
  const input = putInput(table.config, pk, sk, attributes, { allowOverwrite: false });
  return withConsumedCapacity(table.config, input);
}
