import { UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { UpdateChanges } from '../../expressions/update-changes.js';
import type { Item } from '../../items/item.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import { describeKey } from '../item-key.js';
import { updateInput } from './update-input.js';
import type { UpdateOptions } from './update-options.js';

/**
 * Changes attributes of an item (creating it unless `mustExist`) and returns what
 * `returnValues` asks for (`Table.update` as a function).
 * @throws {ConditionalCheckFailedError} if the condition or `mustExist` fails.
 */
export async function updateItem(
  table: BareTable,
  pk: PartitionKey,
  sk: SortKey,
  changes: UpdateChanges,
  options?: UpdateOptions,
): Promise<Item | undefined> {
  const input = updateItemRequest(table, pk, sk, changes, options);
  const output = await table.runner.run({
    operation: `update of ${describeKey(pk, sk)}`,
    command: 'UpdateItem',
    input,
    send: () => table.client.send(new UpdateCommand(input)),
  });
  return output.Attributes === undefined ? undefined : table.decodeItem(output.Attributes);
}

/** The `UpdateItem` input of {@link updateItem}, without sending it. */
export function updateItemRequest(
  table: TableLayout,
  pk: PartitionKey,
  sk: SortKey,
  changes: UpdateChanges,
  options?: UpdateOptions,
): UpdateCommandInput {
  return withConsumedCapacity(table.config, updateInput(table.config, pk, sk, changes, options));
}
