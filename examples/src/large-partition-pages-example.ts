/**
 * A large partition read page by page: a customer with 250 orders, listed 100 at a time
 * with opaque cursors as a web API would, streamed, and read by sort key range.
 */
import * as db from '@dokklib/core';
import type { ExampleContext } from './example-context.js';

const ORDER_COUNT = 250;

/** Lists 250 orders of one customer by pages and cursors, streamed, and by sort key range. */
export async function largePartitionPagesExample({
  client,
  tableName,
  log,
}: ExampleContext): Promise<void> {
  const Customer = new db.EntityName('CUSTOMER');
  const Order = new db.EntityName('ORDER');
  const table = new db.Table(tableName, { client });
  const pk = new db.PartitionKey(Customer, 'acme');
  const orderKey = (n: number): db.SortKey => new db.SortKey(Order, String(n).padStart(4, '0'));

  // The customer's profile shares the partition; the ORDER prefix keeps it out of the lists.
  await table.put(pk, new db.SortKey(Customer, 'acme'), { name: 'Acme Ltd' });
  const orders = Array.from(
    { length: ORDER_COUNT },
    (_, i) => new db.BatchPut(pk, orderKey(i + 1), { total: ((i + 1) * 7) % 100 }),
  );
  await table.batchWrite(orders);
  const allOrders = new db.PrefixSortKey(Order);

  // GET /customers/acme/orders?cursor=… : one request per call, the cursor goes back to the client.
  let cursor: string | undefined;
  let page = 0;
  do {
    const result = await table.queryPage(pk, { sortKey: allOrders, pageSize: 100, cursor });
    page += 1;
    const more = result.cursor === undefined ? 'no cursor: done' : 'cursor returned';
    log(`page ${page}: ${result.items.length} orders, ${more}`);
    cursor = result.cursor;
  } while (cursor !== undefined);

  const first = await table.queryPage(pk, { sortKey: allOrders, pageSize: 100 });
  try {
    const otherCustomer = new db.PartitionKey(Customer, 'globex');
    await table.queryPage(otherCustomer, { sortKey: allOrders, cursor: first.cursor });
  } catch (error) {
    if (!(error instanceof db.InvalidCursorError)) throw error;
    log(`cursor used on another partition: ${error.code}`);
  }

  let count = 0;
  let sum = 0;
  for await (const order of table.queryItems(pk, { sortKey: allOrders, pageSize: 100 })) {
    count += 1;
    sum += order.total as number;
  }
  log(`streamed ${count} orders, ${sum} in total`);

  const range = await table.query(pk, {
    sortKey: db.SortKeyCondition.between(orderKey(100), orderKey(109)),
  });
  log(`orders 0100 to 0109: ${range.map((order) => String(order.SK)).join(' ')}`);

  const latest = await table.query(pk, { sortKey: allOrders, reverse: true, limit: 3 });
  log(`latest 3: ${latest.map((order) => String(order.SK)).join(' ')}`);
}
