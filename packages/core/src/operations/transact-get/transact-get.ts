import { TransactGetCommand, type TransactGetCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Item } from '../../items/item.js';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import { transactGetInput } from './transact-get-input.js';
import type { TransactGetKey } from './transact-get-key.js';

/**
 * Reads 1 to 100 items in one consistent snapshot (`Table.transactGetItems` as a function);
 * the result is aligned with `keys`, with `undefined` for an item that does not exist.
 * @throws {ValidationError} for no keys, more than 100, or a key named twice, before sending.
 * @throws {TransactionCanceledError} if DynamoDB cancels the read (e.g. a conflicting write).
 */
export async function transactGetItems(
  table: BareTable,
  keys: readonly TransactGetKey[],
): Promise<(Item | undefined)[]> {
  const input = transactGetItemsRequest(table, keys);
  const output = await table.runner.run({
    operation: `transactional read of ${keys.length} items`,
    command: 'TransactGetItems',
    input,
    send: () => table.client.send(new TransactGetCommand(input)),
  });
  return keys.map((_, index) => {
    const item = output.Responses?.[index]?.Item;
    return item === undefined ? undefined : table.decodeItem(item);
  });
}

/** The `TransactGetItems` input of {@link transactGetItems}, without sending it. */
export function transactGetItemsRequest(
  table: TableLayout,
  keys: readonly TransactGetKey[],
): TransactGetCommandInput {
  return withConsumedCapacity(table.config, transactGetInput(table.config, keys));
}
