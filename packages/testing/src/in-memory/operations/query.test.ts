import { N, S, T, dbWithTable, putAll, thrown } from '../../../test/in-memory-fixture.js';

const db = dbWithTable();
putAll(db, [
  { PK: 'p', SK: 'a', n: 1 },
  { PK: 'p', SK: 'b', n: 2 },
  { PK: 'p', SK: 'c', n: 3 },
  { PK: 'p', SK: 'd', n: 4 },
  { PK: 'q', SK: 'a', n: 5 },
]);
const inPartition = {
  TableName: T,
  KeyConditionExpression: 'PK = :p',
  ExpressionAttributeValues: { ':p': S('p') },
};
const sortKeys = (items: { SK?: { S?: string } }[] | undefined) => items?.map((item) => item.SK?.S);

describe('query', () => {
  it('reads a partition in sort key order, or reversed', () => {
    expect(sortKeys(db.query(inPartition).Items)).toEqual(['a', 'b', 'c', 'd']);
    expect(sortKeys(db.query({ ...inPartition, ScanIndexForward: false }).Items)).toEqual([
      'd',
      'c',
      'b',
      'a',
    ]);
  });

  it('applies Limit before the filter, and counts both', () => {
    const output = db.query({
      ...inPartition,
      FilterExpression: 'n > :one',
      ExpressionAttributeValues: { ':p': S('p'), ':one': N(1) },
      Limit: 2,
    });
    expect(output).toMatchObject({
      Count: 1,
      ScannedCount: 2,
      LastEvaluatedKey: { PK: S('p'), SK: S('b') },
    });
  });

  it('resumes after ExclusiveStartKey', () => {
    const output = db.query({ ...inPartition, ExclusiveStartKey: { PK: S('p'), SK: S('b') } });
    expect(sortKeys(output.Items)).toEqual(['c', 'd']);
    expect(output.LastEvaluatedKey).toBeUndefined();
  });

  it('refuses an ExclusiveStartKey that is not a key of the index read', () => {
    const error = thrown(() =>
      db.query({
        ...inPartition,
        IndexName: 'GSI_1',
        KeyConditionExpression: 'SK = :p',
        ExclusiveStartKey: { SK: S('a') },
      }),
    );
    expect(error.message).toBe("Exclusive Start Key must have same size as table's key schema");
  });

  it('refuses a filter on a key attribute of the queried index, partition key first', () => {
    const filtered = (FilterExpression: string, IndexName?: string) =>
      thrown(() =>
        db.query({
          ...inPartition,
          ...(IndexName === undefined ? {} : { IndexName, KeyConditionExpression: 'SK = :p' }),
          FilterExpression,
          ExpressionAttributeValues: { ':p': S('p'), ':x': S('x') },
        }),
      ).message;
    const prefix = 'Filter Expression can only contain non-primary key attributes: ';
    expect(filtered('n = :x AND SK = :x')).toBe(`${prefix}Primary key attribute: SK`);
    expect(filtered('size(SK) > :x AND PK = :x')).toBe(`${prefix}Primary key attribute: PK`);
    expect(filtered('PK = :x', 'GSI_1')).toBe(`${prefix}Primary key attribute: PK`);
  });

  it('refuses empty key values in the key condition', () => {
    const query = (IndexName: string | undefined, condition: string, value: string) =>
      thrown(() =>
        db.query({
          TableName: T,
          ...(IndexName === undefined ? {} : { IndexName }),
          KeyConditionExpression: condition,
          ExpressionAttributeValues: {
            ':p': S(value === 'p' ? '' : 'p'),
            ...(condition.includes(':s') ? { ':s': S('') } : {}),
          },
        }),
      ).message;
    const notValid = 'One or more parameter values are not valid.';
    expect(query(undefined, 'PK = :p', 'p')).toBe(
      `${notValid} The AttributeValue for a key attribute cannot contain an empty string value. Key: PK`,
    );
    expect(query(undefined, 'PK = :p AND begins_with(SK, :s)', 's')).toBe(
      `${notValid} The AttributeValue for a key attribute cannot contain an empty string value. Key: SK`,
    );
    expect(query('GSI_1', 'SK = :p AND PK = :s', 's')).toBe(
      `${notValid} A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty string value. IndexName: GSI_1, IndexKey: PK`,
    );
  });

  it('refuses Select SPECIFIC_ATTRIBUTES without a projection', () => {
    expect(thrown(() => db.query({ ...inPartition, Select: 'SPECIFIC_ATTRIBUTES' })).message).toBe(
      'Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES',
    );
  });

  it('reads the inverse index, with index and table keys in LastEvaluatedKey', () => {
    const output = db.query({
      TableName: T,
      IndexName: 'GSI_1',
      KeyConditionExpression: 'SK = :a',
      ExpressionAttributeValues: { ':a': S('a') },
      Limit: 1,
    });
    expect(output.Items?.map((item) => item.PK.S)).toEqual(['p']);
    expect(output.LastEvaluatedKey).toEqual({ SK: S('a'), PK: S('p') });
  });

  it('applies sort key conditions', () => {
    const between = db.query({
      ...inPartition,
      KeyConditionExpression: 'PK = :p AND SK BETWEEN :lo AND :hi',
      ExpressionAttributeValues: { ':p': S('p'), ':lo': S('b'), ':hi': S('c') },
    });
    expect(sortKeys(between.Items)).toEqual(['b', 'c']);
  });

  it('returns only counts for Select COUNT', () => {
    expect(db.query({ ...inPartition, Select: 'COUNT' })).toEqual({ Count: 4, ScannedCount: 4 });
  });

  it('stops a page once it has read 1 MB, Select COUNT included', () => {
    const big = dbWithTable();
    for (let i = 0; i < 5; i += 1) {
      big.putItem({
        TableName: T,
        Item: { PK: S('p'), SK: S(String(i)), x: S('x'.repeat(300 * 1024)) },
      });
    }
    const first = big.query({ ...inPartition, Select: 'COUNT' });
    expect(first).toEqual({
      Count: 4,
      ScannedCount: 4,
      LastEvaluatedKey: { PK: S('p'), SK: S('3') },
    });
    const rest = big.query({
      ...inPartition,
      Select: 'COUNT',
      ExclusiveStartKey: first.LastEvaluatedKey,
    });
    expect(rest).toEqual({ Count: 1, ScannedCount: 1 });
  });

  it('refuses a key condition without the partition key', () => {
    const error = thrown(() =>
      db.query({
        TableName: T,
        KeyConditionExpression: 'SK = :a',
        ExpressionAttributeValues: { ':a': S('a') },
      }),
    );
    expect(error).toMatchObject({ name: 'ValidationException' });
  });

  it('refuses a consistent read on a GSI', () => {
    const error = thrown(() =>
      db.query({
        TableName: T,
        IndexName: 'GSI_1',
        ConsistentRead: true,
        KeyConditionExpression: 'SK = :a',
        ExpressionAttributeValues: { ':a': S('a') },
      }),
    );
    expect(error.message).toBe('Consistent read cannot be true when querying a GSI');
  });
});
