import {
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
  type ScanCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { Scenario } from '../other-clients/same-on-both.js';
import { type Attributes, n, putItem, s } from './low-level-steps.js';

/** Partitions p0…p3, each with sort keys s00…s09, a number and GSI keys on half of them. */
function items(): Attributes[] {
  return [0, 1, 2, 3].flatMap((p) =>
    [...Array(10).keys()].map((i) => ({
      pk: s(`p${p}`),
      sk: s(`s${String(i).padStart(2, '0')}`),
      num: n(String(i * 10 + p)),
      ...(i % 2 === 0 ? { gsi1pk: s(`g${p % 2}`), gsi1sk: s(`k${i}-${p}`) } : {}),
    })),
  );
}

/** Query and scan as a client pages them: limits, start keys, directions, counts, filters, segments. */
export const pagingScenario: Scenario = (backend) => {
  const { client, tableName: TableName } = backend;
  const query = (input: Omit<QueryCommandInput, 'TableName'>) => () =>
    client.send(new QueryCommand({ TableName, ...input }));
  const scan = (input: Omit<ScanCommandInput, 'TableName'>) => () =>
    client.send(new ScanCommand({ TableName, ...input }));
  const partition = (pk: string, condition = '', values: Attributes = {}) => ({
    KeyConditionExpression: `pk = :pk${condition}`,
    ExpressionAttributeValues: { ':pk': s(pk), ...values },
  });
  /** Every page of a query or scan, following LastEvaluatedKey. */
  const allPages = (send: (start?: Attributes) => Promise<unknown>) => async () => {
    const pages: unknown[] = [];
    let start: Attributes | undefined;
    do {
      const page = (await send(start)) as { LastEvaluatedKey?: Attributes; $metadata?: unknown };
      const { $metadata: _metadata, ...rest } = page;
      pages.push(rest);
      start = page.LastEvaluatedKey;
    } while (start !== undefined && pages.length < 50);
    return pages;
  };
  return {
    seed: async () => {
      for (const item of items()) await putItem(backend, item);
    },
    limited: query({ ...partition('p1'), Limit: 3 }),
    fromStartKey: query({
      ...partition('p1'),
      Limit: 3,
      ExclusiveStartKey: { pk: s('p1'), sk: s('s02') },
    }),
    startKeyNotInCondition: query({
      ...partition('p1', ' AND sk > :a', { ':a': s('s05') }),
      ExclusiveStartKey: { pk: s('p1'), sk: s('s01') },
    }),
    startKeyOtherPartition: query({
      ...partition('p1'),
      ExclusiveStartKey: { pk: s('p2'), sk: s('s01') },
    }),
    startKeyMissingSortKey: query({ ...partition('p1'), ExclusiveStartKey: { pk: s('p1') } }),
    backwards: query({ ...partition('p2'), ScanIndexForward: false, Limit: 4 }),
    backwardsAllPages: allPages((ExclusiveStartKey) =>
      query({ ...partition('p2'), ScanIndexForward: false, Limit: 4, ExclusiveStartKey })(),
    ),
    between: query(
      partition('p0', ' AND sk BETWEEN :a AND :b', { ':a': s('s03'), ':b': s('s06') }),
    ),
    beginsWith: query(partition('p0', ' AND begins_with(sk, :a)', { ':a': s('s0') })),
    lessThan: query(partition('p0', ' AND sk < :a', { ':a': s('s02') })),
    keyConditionOnNonKey: query(partition('p0', ' AND num = :a', { ':a': n('1') })),
    keyConditionOr: query(partition('p0', ' OR sk = :a', { ':a': s('s01') })),
    keyConditionTwoSortKeys: query(
      partition('p0', ' AND sk > :a AND sk < :b', { ':a': s('s01'), ':b': s('s05') }),
    ),
    count: query({ ...partition('p3'), Select: 'COUNT' }),
    countFilteredLimited: query({
      ...partition('p3', '', { ':min': n('50') }),
      FilterExpression: 'num >= :min',
      Select: 'COUNT',
      Limit: 7,
    }),
    filteredPages: allPages((ExclusiveStartKey) =>
      query({
        ...partition('p3', '', { ':min': n('50') }),
        FilterExpression: 'num >= :min',
        Limit: 4,
        ExclusiveStartKey,
      })(),
    ),
    filterOnKey: query({
      ...partition('p3', '', { ':s': s('s01') }),
      FilterExpression: 'sk = :s',
    }),
    projected: query({ ...partition('p3'), ProjectionExpression: 'num', Limit: 2 }),
    selectAttributesWithoutProjection: query({ ...partition('p3'), Select: 'SPECIFIC_ATTRIBUTES' }),
    selectCountWithProjection: query({
      ...partition('p3'),
      Select: 'COUNT',
      ProjectionExpression: 'num',
    }),
    limitZero: query({ ...partition('p3'), Limit: 0 }),
    indexPages: allPages((ExclusiveStartKey) =>
      query({
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :g',
        ExpressionAttributeValues: { ':g': s('g1') },
        Limit: 3,
        ExclusiveStartKey,
      })(),
    ),
    indexConsistentRead: query({
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :g',
      ExpressionAttributeValues: { ':g': s('g1') },
      ConsistentRead: true,
    }),
    missingIndex: query({ IndexName: 'nope', ...partition('p0') }),
    // Scans read partitions in an order DynamoDB does not define (the store's differs from
    // DynamoDB Local's): compared are the pages' counts and, sorted, the items.
    scanPages: async () => {
      const pages = (await allPages((ExclusiveStartKey) =>
        scan({ Limit: 15, ExclusiveStartKey })(),
      )()) as { Count?: number; Items?: Attributes[] }[];
      return { counts: pages.map((page) => page.Count), items: sortedKeys(pages) };
    },
    scanFilteredCount: scan({
      FilterExpression: 'num < :n',
      ExpressionAttributeValues: { ':n': n('10') },
      Select: 'COUNT',
    }),
    // Each item in exactly one segment (which one depends on the partition hash).
    scanSegments: async () => {
      const pages = [];
      for (const Segment of [0, 1, 2])
        pages.push(await scan({ Segment, TotalSegments: 3, ProjectionExpression: 'pk, sk' })());
      return sortedKeys(pages);
    },
    scanIndexConsistentRead: scan({ IndexName: 'gsi1', ConsistentRead: true }),
    scanLimitZero: scan({ Limit: 0 }),
    selectAllWithProjection: query({
      ...partition('p3'),
      Select: 'ALL_ATTRIBUTES',
      ProjectionExpression: 'num',
    }),
    scanIndex: scan({ IndexName: 'gsi1', Select: 'COUNT' }),
  };
};

/** The keys of all the pages' items, as `pk/sk`, sorted. */
function sortedKeys(pages: { Items?: Attributes[] }[]): string[] {
  return pages
    .flatMap((page) => page.Items ?? [])
    .map((item) => `${item.pk?.S}/${item.sk?.S}`)
    .sort();
}
