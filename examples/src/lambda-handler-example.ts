/**
 * A Lambda-style handler on the bare API: a `BareTable` and only the operations it calls
 * (`insertItem`, `updateItem`, `getItem`), so a bundler leaves the others out.
 */
import {
  BareTable,
  ConditionalCheckFailedError,
  EntityName,
  getItem,
  insertItem,
  PartitionKey,
  SortKey,
  updateItem,
} from '@dokklib/core';
import type { ExampleContext } from './example-context.js';

const Order = new EntityName('ORDER');

/** An event the handler receives: create an order, or mark it paid. */
type OrderEvent =
  | { readonly kind: 'create'; readonly id: string; readonly total: number }
  | { readonly kind: 'pay'; readonly id: string };

/** The handler: built once per container, called once per event. */
function orderHandler(table: BareTable): (event: OrderEvent) => Promise<string> {
  const key = (id: string): [PartitionKey, SortKey] => [
    new PartitionKey(Order, id),
    new SortKey(Order, id),
  ];
  return async (event) => {
    const [pk, sk] = key(event.id);
    if (event.kind === 'create') {
      try {
        await insertItem(table, pk, sk, { total: event.total, status: 'open' });
        return `order ${event.id} created`;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedError) return `order ${event.id} exists`;
        throw error;
      }
    }
    await updateItem(table, pk, sk, { set: { status: 'paid' } }, { mustExist: true });
    const order = await getItem(table, pk, sk, { attributes: ['status', 'total'] });
    return `order ${event.id}: ${String(order?.status)}, total ${String(order?.total)}`;
  };
}

export async function lambdaHandlerExample({
  client,
  tableName,
  log,
}: ExampleContext): Promise<void> {
  const handle = orderHandler(new BareTable(tableName, { client }));
  log(await handle({ kind: 'create', id: 'o-1', total: 42 }));
  log(await handle({ kind: 'create', id: 'o-1', total: 42 }));
  log(await handle({ kind: 'pay', id: 'o-1' }));
}
