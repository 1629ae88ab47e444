import { GetCommand, type GetCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Item } from '../../items/item.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { SortKey } from '../../keys/sort-key.js';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import { describeKey } from '../item-key.js';
import { getInput } from './get-input.js';
import type { GetOptions } from './get-options.js';

/**
 * Reads one item, or `undefined` if there is none; key attributes come back without
 * prefixes (`Table.get` as a function).
 */
export async function getItem(
  table: BareTable,
  pk: PartitionKey,
  sk: SortKey,
  options?: GetOptions,
): Promise<Item | undefined> {
  const input = getItemRequest(table, pk, sk, options);
  const output = await table.runner.run({
    operation: `get of ${describeKey(pk, sk)}`,
    command: 'GetItem',
    input,
    send: () => table.client.send(new GetCommand(input)),
  });
  return output.Item === undefined ? undefined : table.decodeItem(output.Item);
}

/** The `GetItem` input of {@link getItem}, without sending it. */
export function getItemRequest(
  table: TableLayout,
  pk: PartitionKey,
  sk: SortKey,
  options?: GetOptions,
): GetCommandInput {
  return withConsumedCapacity(table.config, getInput(table.config, pk, sk, options));
}
