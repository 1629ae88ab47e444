import type { CreateTableCommandInput, Projection } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { RawApi, RawRequestCase } from './raw-request-cases.js';
import { stepOutcomes } from './step-outcomes.js';

/** A table keyed `pk`/`sk` with one local index `BY_RANK` on `rank`, projecting as given. */
function tableWithLocalIndex(name: string, projection: Projection): CreateTableCommandInput {
  return {
    TableName: name,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
      { AttributeName: 'rank', AttributeType: 'N' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    LocalSecondaryIndexes: [
      {
        IndexName: 'BY_RANK',
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'rank', KeyType: 'RANGE' },
        ],
        Projection: projection,
      },
    ],
  };
}

/** Creates the table, puts items (one without `rank`), runs `reads`, deletes the table. */
async function withLocalIndexTable(
  api: RawApi,
  suffix: string,
  projection: Projection,
  reads: (table: string) => Record<string, () => Promise<object>>,
): Promise<unknown> {
  const table = `${api.table}-${suffix}`;
  await api.createTable(tableWithLocalIndex(table, projection));
  try {
    const description = (await api.describeTable({ TableName: table })) as {
      Table?: {
        LocalSecondaryIndexes?: { IndexName?: string; KeySchema?: unknown; Projection?: unknown }[];
      };
    };
    const items = [
      { pk: 'p', sk: 'a', rank: 3, name: 'A', note: 'n-a' },
      { pk: 'p', sk: 'b', rank: 1, name: 'B', note: 'n-b' },
      { pk: 'p', sk: 'c', rank: 2, name: 'C' },
      { pk: 'p', sk: 'd', name: 'unranked' },
      { pk: 'q', sk: 'a', rank: 1, name: 'other partition' },
    ];
    for (const Item of items) await api.doc.send(new PutCommand({ TableName: table, Item }));
    const indexes = description.Table?.LocalSecondaryIndexes?.map((index) => ({
      IndexName: index.IndexName,
      KeySchema: index.KeySchema,
      Projection: index.Projection,
    }));
    return { indexes, ...(await stepOutcomes(reads(table))) };
  } finally {
    await api.deleteTable({ TableName: table });
  }
}

const byRank = (table: string, extra: object = {}) =>
  new QueryCommand({
    TableName: table,
    IndexName: 'BY_RANK',
    KeyConditionExpression: 'pk = :p',
    ExpressionAttributeValues: { ':p': 'p' },
    ...extra,
  });

/** Reads of a local index that a projection changes. */
const projectionReads = (api: RawApi) => (table: string) => ({
  inRankOrder: () => api.doc.send(byRank(table)),
  reversed: () => api.doc.send(byRank(table, { ScanIndexForward: false })),
  consistent: () => api.doc.send(byRank(table, { ConsistentRead: true })),
  allAttributes: () => api.doc.send(byRank(table, { Select: 'ALL_ATTRIBUTES' })),
  allProjected: () => api.doc.send(byRank(table, { Select: 'ALL_PROJECTED_ATTRIBUTES' })),
  unprojectedByName: () => api.doc.send(byRank(table, { ProjectionExpression: 'sk, note' })),
  filterOnUnprojected: () =>
    api.doc.send(
      byRank(table, {
        FilterExpression: 'attribute_exists(note)',
      }),
    ),
  rankRange: () =>
    api.doc.send(
      byRank(table, {
        KeyConditionExpression: 'pk = :p AND #r BETWEEN :low AND :high',
        ExpressionAttributeNames: { '#r': 'rank' },
        ExpressionAttributeValues: { ':p': 'p', ':low': 2, ':high': 3 },
      }),
    ),
  firstPage: () => api.doc.send(byRank(table, { Limit: 2 })),
  lastPage: () =>
    api.doc.send(byRank(table, { Limit: 2, ExclusiveStartKey: { pk: 'p', sk: 'c', rank: 2 } })),
  scan: () => api.doc.send(new ScanCommand({ TableName: table, IndexName: 'BY_RANK' })),
  consistentScan: () =>
    api.doc.send(new ScanCommand({ TableName: table, IndexName: 'BY_RANK', ConsistentRead: true })),
  wrongKeyType: () =>
    api.doc.send(new PutCommand({ TableName: table, Item: { pk: 'p', sk: 'e', rank: 'high' } })),
});

/** Local secondary indexes: made, described, read (sparse, projected, fetched), refused. */
export const localIndexCases: RawRequestCase[] = [
  {
    name: 'a KEYS_ONLY local index: sparse, rank order, consistent reads, fetching unprojected attributes',
    run: (api) =>
      withLocalIndexTable(api, 'lsi-keys', { ProjectionType: 'KEYS_ONLY' }, projectionReads(api)),
  },
  {
    name: 'an INCLUDE local index returns what it includes, and fetches the rest when asked',
    run: (api) =>
      withLocalIndexTable(
        api,
        'lsi-include',
        { ProjectionType: 'INCLUDE', NonKeyAttributes: ['name'] },
        projectionReads(api),
      ),
  },
  {
    name: 'an ALL local index returns whole items',
    run: (api) =>
      withLocalIndexTable(api, 'lsi-all', { ProjectionType: 'ALL' }, projectionReads(api)),
  },
  {
    name: 'a local index on a table without a sort key is refused',
    run: (api) => {
      const input = tableWithLocalIndex(`${api.table}-lsi-hash`, { ProjectionType: 'ALL' });
      return api.createTable({
        ...input,
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: input.AttributeDefinitions?.filter((d) => d.AttributeName !== 'sk'),
      });
    },
  },
  {
    name: 'a local index with another partition key is refused',
    run: (api) => {
      const input = tableWithLocalIndex(`${api.table}-lsi-pk`, { ProjectionType: 'ALL' });
      return api.createTable({
        ...input,
        LocalSecondaryIndexes: [
          {
            IndexName: 'BY_RANK',
            KeySchema: [
              { AttributeName: 'sk', KeyType: 'HASH' },
              { AttributeName: 'rank', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      });
    },
  },
];
