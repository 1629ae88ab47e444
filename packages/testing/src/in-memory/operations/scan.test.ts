import { S, T, dbWithTable, putAll } from '../../../test/in-memory-fixture.js';

const db = dbWithTable();
putAll(
  db,
  Array.from({ length: 40 }, (_, i) => ({ PK: `p${i % 10}`, SK: `s${i}` })),
);
const keyOf = (item: { PK?: { S?: string }; SK?: { S?: string } }) => `${item.PK?.S}/${item.SK?.S}`;

describe('scan', () => {
  it('splits the items into disjoint segments that together hold them all', () => {
    const segments = [0, 1, 2].map(
      (Segment) => db.scan({ TableName: T, Segment, TotalSegments: 3 }).Items?.map(keyOf) ?? [],
    );
    const all = segments.flat();
    expect(new Set(all).size).toBe(40);
    expect(all).toHaveLength(40);
  });

  it('pages with Limit and ExclusiveStartKey without losing or repeating items', () => {
    const seen: string[] = [];
    let start: Record<string, { S: string }> | undefined;
    do {
      const page = db.scan({ TableName: T, Limit: 7, ExclusiveStartKey: start });
      seen.push(...(page.Items ?? []).map(keyOf));
      start = page.LastEvaluatedKey as typeof start;
    } while (start !== undefined);
    expect(new Set(seen).size).toBe(40);
    expect(seen).toHaveLength(40);
  });

  it('filters after reading', () => {
    const output = db.scan({
      TableName: T,
      FilterExpression: 'SK = :s',
      ExpressionAttributeValues: { ':s': S('s1') },
    });
    expect(output).toMatchObject({ Count: 1, ScannedCount: 40 });
  });
});
