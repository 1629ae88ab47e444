import {
  CANNED_ITEM_ATTRIBUTE_COUNT,
  ENTITY_ATTRIBUTES,
  QUERY_PAGE_SIZE,
} from './src/canned-item.js';
import { CannedRequestHandler } from './src/canned-request-handler.js';
import { cpuPerCallCases } from './src/cpu-per-call-cases.js';
import { SMOKE_SETTINGS, runCpuPerCall } from './src/run-cpu-per-call.js';

describe('the CPU-per-call benchmark (smoke run)', () => {
  it('measures a positive throughput for every operation on both sides', async () => {
    const handler = new CannedRequestHandler();
    const results = await runCpuPerCall(cpuPerCallCases(handler), SMOKE_SETTINGS);

    expect(results.map((r) => r.name)).toHaveLength(5);
    for (const result of results) {
      expect(result.rawOpsPerSec).toBeGreaterThan(0);
      expect(result.coreOpsPerSec).toBeGreaterThan(0);
      expect(Number.isFinite(result.ratio)).toBe(true);
    }
    expect([...handler.counts.keys()].sort()).toEqual([
      'GetItem',
      'PutItem',
      'Query',
      'TransactWriteItems',
      'UpdateItem',
    ]);
  });

  it('decodes the canned responses on both sides', async () => {
    const [, get, query] = cpuPerCallCases();

    const rawItem = (await get.raw()) as Record<string, unknown>;
    const coreItem = (await get.core()) as Record<string, unknown>;
    expect(Object.keys(rawItem)).toHaveLength(CANNED_ITEM_ATTRIBUTE_COUNT);
    expect(rawItem.PK).toBe('USER#alice');
    expect(coreItem).toEqual({ ...rawItem, PK: 'alice', SK: 'alice' });
    expect(coreItem).toMatchObject(ENTITY_ATTRIBUTES);

    const rawItems = (await query.raw()) as unknown[];
    const coreItems = (await query.core()) as Record<string, unknown>[];
    expect(rawItems).toHaveLength(QUERY_PAGE_SIZE);
    expect(coreItems).toHaveLength(QUERY_PAGE_SIZE);
    expect(coreItems[99]).toMatchObject({ ...ENTITY_ATTRIBUTES, PK: 'user99' });
  });

  it('refuses a request it has no canned response for', async () => {
    const handler = new CannedRequestHandler();
    const request = { headers: { 'x-amz-target': 'DynamoDB_20120810.DeleteItem' } };
    await expect(handler.handle(request as never)).rejects.toThrow('DeleteItem');
  });
});
