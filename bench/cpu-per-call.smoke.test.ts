import { BenchAddress, BenchUser } from './src/bench-user.js';
import {
  CANNED_ITEM_ATTRIBUTE_COUNT,
  ENTITY_ATTRIBUTES,
  QUERY_PAGE_SIZE,
} from './src/canned-item.js';
import { CannedRequestHandler } from './src/canned-request-handler.js';
import { cpuPerCallCases } from './src/cpu-per-call-cases.js';
import { decoratorsCases } from './src/decorators-cases.js';
import { SMOKE_SETTINGS, runCpuPerCall } from './src/run-cpu-per-call.js';

describe('the CPU-per-call benchmark (smoke run)', () => {
  it('measures a positive throughput for every operation on both sides', async () => {
    const handler = new CannedRequestHandler();
    const results = await runCpuPerCall(cpuPerCallCases(handler), SMOKE_SETTINGS);

    expect(results.map((r) => r.name)).toHaveLength(5);
    for (const result of results) {
      expect(result.rawOpsPerSec).toBeGreaterThan(0);
      expect(result.oursOpsPerSec).toBeGreaterThan(0);
      expect(Number.isFinite(result.ratio.median)).toBe(true);
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
    const coreItem = (await get.ours()) as Record<string, unknown>;
    expect(Object.keys(rawItem)).toHaveLength(CANNED_ITEM_ATTRIBUTE_COUNT);
    expect(rawItem.PK).toBe('USER#alice');
    expect(coreItem).toEqual({ ...rawItem, PK: 'alice', SK: 'alice' });
    expect(coreItem).toMatchObject(ENTITY_ATTRIBUTES);

    const rawItems = (await query.raw()) as unknown[];
    const coreItems = (await query.ours()) as Record<string, unknown>[];
    expect(rawItems).toHaveLength(QUERY_PAGE_SIZE);
    expect(coreItems).toHaveLength(QUERY_PAGE_SIZE);
    expect(coreItems[99]).toMatchObject({ ...ENTITY_ATTRIBUTES, PK: 'user99' });
  });

  it('measures the decorators API on both sides, reading instances', async () => {
    const handler = new CannedRequestHandler();
    const cases = decoratorsCases(handler);
    const results = await runCpuPerCall(cases, SMOKE_SETTINGS);

    expect(results).toHaveLength(5);
    for (const result of results) expect(result.oursOpsPerSec).toBeGreaterThan(0);
    const user = (await cases[1].ours()) as BenchUser;
    expect(user).toBeInstanceOf(BenchUser);
    expect(user.address).toBeInstanceOf(BenchAddress);
    expect(user.createdAt).toEqual(new Date('2024-01-01T00:00:00.000Z'));
    const users = (await cases[2].ours()) as BenchUser[];
    expect(users).toHaveLength(QUERY_PAGE_SIZE);
    expect(users[99]).toMatchObject({ id: 'user99', name: ENTITY_ATTRIBUTES.name });
    expect(handler.counts.get('TransactWriteItems')).toBeGreaterThan(0);
  });

  it('refuses a request it has no canned response for', async () => {
    const handler = new CannedRequestHandler();
    const request = { headers: { 'x-amz-target': 'DynamoDB_20120810.DeleteItem' } };
    await expect(handler.handle(request as never)).rejects.toThrow('DeleteItem');
  });
});
