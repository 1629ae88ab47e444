import type { RawApi, RawRequestCase } from './raw-request-cases.js';
import { stepOutcomes } from './step-outcomes.js';

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
      stepOutcomes({
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
