/**
 * A bulk import: 3,000 products written with `batchWrite` (25 per request, a few requests
 * at a time, unprocessed writes retried), with progress, then a sample read back.
 */
import * as db from '@dokklib/core';
import type { ExampleContext } from './example-context.js';

const PRODUCT_COUNT = 3000;
/** Print progress once per this many items, and at the end. */
const PROGRESS_EVERY = 500;

/** Imports 3,000 products with progress, counts the requests and reads a sample back. */
export async function batchImportExample({
  client,
  tableName,
  log,
}: ExampleContext): Promise<void> {
  const Product = new db.EntityName('PRODUCT');
  const table = new db.Table(tableName, { client });
  const key = (n: number): { pk: db.PartitionKey; sk: db.SortKey } => {
    const id = `p${String(n).padStart(4, '0')}`;
    return { pk: new db.PartitionKey(Product, id), sk: new db.SortKey(Product, id) };
  };
  const writes = Array.from({ length: PRODUCT_COUNT }, (_, i) => {
    const { pk, sk } = key(i + 1);
    return new db.BatchPut(pk, sk, { name: `Product ${i + 1}`, priceCents: 100 + i });
  });

  log(`planned: ${table.requests.batchWrite(writes).length} BatchWriteItem requests of 25`);
  let reported = 0;
  const result = await table.batchWrite(writes, {
    concurrency: 4,
    onProgress: ({ processed, total }) => {
      if (processed - reported < PROGRESS_EVERY && processed !== total) return;
      reported = processed;
      log(`imported ${processed} of ${total}`);
    },
  });
  log(`sent ${result.requests} requests, ${result.retries} of them retries`);

  const sample = [key(1), key(1500), key(3000), key(9999)];
  const items = await table.batchGet(sample);
  items.forEach((item, i) => {
    const id = String(sample[i]?.pk.value);
    log(
      item === undefined
        ? `${id}: not found`
        : `${id}: ${String(item.name)}, ${String(item.priceCents)} cents`,
    );
  });
}
