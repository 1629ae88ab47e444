import { TransactGetCommand } from '@aws-sdk/lib-dynamodb';
import type { Item } from '../../items/item.js';
import type { Table } from '../../table/table.js';
import type { TransactGetKey } from './transact-get-key.js';

/**
 * Reads up to 100 items in one snapshot; the result is aligned with `keys`, with
 * `undefined` for an item that does not exist.
 */
export async function transactGetItems(
  table: Table,
  keys: readonly TransactGetKey[],
): Promise<(Item | undefined)[]> {
  const input = table.requests.transactGetItems(keys);
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
