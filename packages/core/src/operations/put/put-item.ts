import { PutCommand, type PutCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Attributes } from '../../items/item.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import { describeKey } from '../item-key.js';
import { putInput } from './put-input.js';
import type { PutOptions } from './put-options.js';

/**
 * Writes an item, replacing any item with the same key unless `allowOverwrite` is `false`
 * (`Table.put` as a function).
 * @throws {ConditionalCheckFailedError} if the condition fails.
 */
export async function putItem(
  table: BareTable,
  pk: PartitionKey,
  sk: SortKey,
  attributes?: Attributes,
  options?: PutOptions,
): Promise<void> {
  const input = putItemRequest(table, pk, sk, attributes, options);
  await table.runner.run({
    operation: `put of ${describeKey(pk, sk)}`,
    command: 'PutItem',
    input,
    send: () => table.client.send(new PutCommand(input)),
  });
}

/** The `PutItem` input of {@link putItem}, without sending it. */
export function putItemRequest(
  table: TableLayout,
  pk: PartitionKey,
  sk: SortKey,
  attributes?: Attributes,
  options?: PutOptions,
): PutCommandInput {
  return withConsumedCapacity(table.config, putInput(table.config, pk, sk, attributes, options));
}
