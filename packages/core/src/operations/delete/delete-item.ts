import { DeleteCommand, type DeleteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import { describeKey } from '../item-key.js';
import { deleteInput } from './delete-input.js';
import type { DeleteOptions } from './delete-options.js';

/**
 * Deletes an item; deleting a missing item succeeds unless `idempotent` is `false`
 * (`Table.delete` as a function).
 * @throws {ConditionalCheckFailedError} if the condition fails or a non-idempotent delete finds no item.
 */
export async function deleteItem(
  table: BareTable,
  pk: PartitionKey,
  sk: SortKey,
  options?: DeleteOptions,
): Promise<void> {
  const input = deleteItemRequest(table, pk, sk, options);
  await table.runner.run({
    operation: `delete of ${describeKey(pk, sk)}`,
    command: 'DeleteItem',
    input,
    send: () => table.client.send(new DeleteCommand(input)),
  });
}

/** The `DeleteItem` input of {@link deleteItem}, without sending it. */
export function deleteItemRequest(
  table: TableLayout,
  pk: PartitionKey,
  sk: SortKey,
  options?: DeleteOptions,
): DeleteCommandInput {
  return withConsumedCapacity(table.config, deleteInput(table.config, pk, sk, options));
}
