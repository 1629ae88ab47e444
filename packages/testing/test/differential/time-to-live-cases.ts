import type { RawApi, RawRequestCase } from './raw-request-cases.js';

/** What each step gave, or its error's name and message. */
async function steps(runs: Record<string, () => Promise<unknown>>): Promise<unknown> {
  const results: Record<string, unknown> = {};
  for (const [name, run] of Object.entries(runs)) {
    try {
      const { $metadata: _metadata, ...result } = (await run()) as { $metadata?: unknown };
      results[name] = { ok: result };
    } catch (error) {
      results[name] = { error: (error as Error).name, message: (error as Error).message };
    }
  }
  return results;
}

const spec = (api: RawApi, AttributeName: string, Enabled: boolean) =>
  api.updateTimeToLive({
    TableName: api.table,
    TimeToLiveSpecification: { AttributeName, Enabled },
  });

/** UpdateTimeToLive and DescribeTimeToLive: enabled, described, refused twice, disabled. */
export const timeToLiveCases: RawRequestCase[] = [
  {
    name: 'time to live is disabled, enabled once, described, and disabled again',
    run: (api) =>
      steps({
        before: () => api.describeTimeToLive({ TableName: api.table }),
        enable: () => spec(api, 'expiresAt', true),
        described: () => api.describeTimeToLive({ TableName: api.table }),
        enableAgain: () => spec(api, 'expiresAt', true),
        enableOther: () => spec(api, 'other', true),
        disableOther: () => spec(api, 'other', false),
        disable: () => spec(api, 'expiresAt', false),
        after: () => api.describeTimeToLive({ TableName: api.table }),
        disableAgain: () => spec(api, 'expiresAt', false),
      }),
  },
  {
    name: 'time to live of a table that does not exist',
    run: (api) => api.describeTimeToLive({ TableName: `${api.table}-missing` }),
  },
];
