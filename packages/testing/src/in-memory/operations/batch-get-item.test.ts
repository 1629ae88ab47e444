import { N, S, T, dbWithTable, putAll, thrown } from '../../../test/in-memory-fixture.js';

describe('batchGetItem', () => {
  const db = dbWithTable();
  putAll(db, [
    { PK: 'a', SK: '1', n: 1 },
    { PK: 'a', SK: '2', n: 2 },
  ]);
  const keys = [
    { PK: S('a'), SK: S('1') },
    { PK: S('a'), SK: S('2') },
    { PK: S('a'), SK: S('3') },
  ];

  it('returns the items that exist, projected', () => {
    const output = db.batchGetItem({
      RequestItems: { [T]: { Keys: keys, ProjectionExpression: 'n' } },
    });
    expect(output.Responses?.[T]).toEqual(expect.arrayContaining([{ n: N(1) }, { n: N(2) }]));
    expect(output.Responses?.[T]).toHaveLength(2);
    expect(output.UnprocessedKeys).toEqual({});
  });

  it('returns the keys a fault picks as UnprocessedKeys, with the request options', () => {
    const faulty = dbWithTable();
    faulty.faults.unprocessed(
      (entry) => entry.operation === 'BatchGetItem' && entry.key.SK === '1',
    );
    const output = faulty.batchGetItem({
      RequestItems: { [T]: { Keys: keys, ProjectionExpression: 'n' } },
    });
    expect(output.UnprocessedKeys).toEqual({ [T]: { Keys: [keys[0]], ProjectionExpression: 'n' } });
  });

  it('refuses duplicate keys', () => {
    expect(
      thrown(() => db.batchGetItem({ RequestItems: { [T]: { Keys: [keys[0], keys[0]] } } }))
        .message,
    ).toBe('Provided list of item keys contains duplicates');
  });
});
