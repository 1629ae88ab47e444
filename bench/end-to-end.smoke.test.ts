import { createTable, Table } from '@dokklib/core';
import { localClient } from './src/end-to-end/bench-tables.js';
import { RequestCounter } from './src/end-to-end/request-counter.js';
import { runEndToEnd, SMOKE_END_TO_END } from './src/end-to-end/run-end-to-end.js';
import { measureStreaming } from './src/memory/stream-child.js';
import { writeStreamItems } from './src/memory/run-streaming-memory.js';
import { jestLocalEndpoint } from './jest-local-endpoint.js';

const endpoint = jestLocalEndpoint;

describe('the end-to-end benchmark (smoke run against DynamoDB Local)', () => {
  it('runs every workload on both sides, with the minimum of batch requests', async () => {
    const { sizes } = SMOKE_END_TO_END;
    const [batch, readBack, transactions, gets] = await runEndToEnd(endpoint(), SMOKE_END_TO_END);

    expect(batch.oursRequests).toBe(Math.ceil(sizes.items / 25));
    expect(batch.rawRequests).toBe(Math.ceil(sizes.items / 25));
    expect(batch.oursCount).toBe(batch.oursRequests);
    expect([readBack.rawCount, readBack.oursCount]).toEqual([sizes.items, sizes.items]);
    // The last page is the first one short of `pageSize` (an empty one when it divides evenly).
    expect(readBack.oursRequests).toBe(Math.floor(sizes.items / sizes.pageSize) + 1);
    expect(transactions.oursRequests).toBe(sizes.transactions);
    expect([gets.rawCount, gets.oursCount]).toEqual([sizes.gets, sizes.gets]);
    expect(gets.oursRequests).toBe(sizes.gets);
    expect(batch.timeRatio.median).toBeGreaterThan(0);
  });
});

describe('the streaming-memory benchmark (smoke run)', () => {
  it('counts the requests of a batch write and iterates the items both ways', async () => {
    const client = localClient(endpoint());
    const requests = RequestCounter.attach(client);
    const table = new Table(`bench-smoke-${Date.now()}-${process.pid}`, { client });
    await createTable(table);
    requests.reset();

    const result = await writeStreamItems(table, 51);

    expect(result.requests).toBe(3);
    expect(requests.count('BatchWriteItem')).toBe(3);
    expect(requests.count()).toBe(3);
    const pages = await measureStreaming(endpoint(), table.name, 30, 'pages', 10);
    const items = await measureStreaming(endpoint(), table.name, 51, 'items', 10);
    expect(pages.items).toBe(30);
    expect(items.items).toBe(51);
    expect(Number.isFinite(items.rssGrowthMb)).toBe(true);
    client.destroy();
  });
});
