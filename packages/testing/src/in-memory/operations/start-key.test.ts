import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { dbWithProjectedIndexes, G, inIndexPartition } from '../../../test/gsi-fixture.js';
import { N, S, thrown } from '../../../test/in-memory-fixture.js';

const db = dbWithProjectedIndexes();
const inPartition = {
  TableName: G,
  KeyConditionExpression: 'PK = :p',
  ExpressionAttributeValues: { ':p': S('p0') },
};
const startingAt = (ExclusiveStartKey: Record<string, AttributeValue>) =>
  thrown(() => db.query({ ...inPartition, ExclusiveStartKey })).message;
const onIndex = (ExclusiveStartKey: Record<string, AttributeValue>) =>
  thrown(() => db.query({ ...inIndexPartition('all'), ExclusiveStartKey })).message;
const emptyString = 'cannot contain an empty string value';

describe('ExclusiveStartKey', () => {
  it('must have exactly the key attributes of the read', () => {
    const size = "Exclusive Start Key must have same size as table's key schema";
    expect(startingAt({ PK: S('p0') })).toBe(size);
    expect(startingAt({ PK: S('p0'), SK: S('s0'), a: S('A') })).toBe(size);
    expect(onIndex({ G1: S('g'), G1S: S('x0') })).toBe(size);
    expect(startingAt({ PK: S('p0'), a: S('s0') })).toBe('The provided starting key is invalid');
    expect(
      thrown(() => db.scan({ TableName: G, ExclusiveStartKey: { SK: S('s0') } })).message,
    ).toBe(size);
  });

  it('must have the key types', () => {
    expect(startingAt({ PK: S('p0'), SK: N(1) })).toBe('Type mismatch for attribute to update');
  });

  it('must not hold empty keys; an empty partition key cannot restart a query', () => {
    const invalid =
      'The provided starting key is invalid: One or more parameter values are not valid.';
    expect(startingAt({ PK: S('p0'), SK: S('') })).toBe(
      `${invalid} The AttributeValue for a key attribute ${emptyString}. Key: SK`,
    );
    expect(startingAt({ PK: S(''), SK: S('') })).toBe(
      `The query can return at most one row and cannot be restarted. ${invalid} The AttributeValue for a key attribute ${emptyString}. Key: PK`,
    );
    expect(onIndex({ G1: S('g'), G1S: S(''), PK: S('p0'), SK: S('s0') })).toBe(
      `${invalid} A value specified for a secondary index key is not supported. The AttributeValue for a key attribute ${emptyString}. IndexName: all, IndexKey: G1S`,
    );
  });

  it("must lie in the query's partition and sort key range", () => {
    const predicate = 'The provided starting key does not match the range key predicate';
    expect(startingAt({ PK: S('p1'), SK: S('s1') })).toBe(predicate);
    expect(onIndex({ G1: S('h'), G1S: S('x0'), PK: S('p0'), SK: S('s0') })).toBe(predicate);
    const ranged = thrown(() =>
      db.query({
        ...inPartition,
        KeyConditionExpression: 'PK = :p AND begins_with(SK, :s)',
        ExpressionAttributeValues: { ':p': S('p0'), ':s': S('s') },
        ExclusiveStartKey: { PK: S('p0'), SK: S('t') },
      }),
    );
    expect(ranged.message).toBe(predicate);
  });

  it('may name an item that does not exist, in the range', () => {
    const output = db.query({ ...inPartition, ExclusiveStartKey: { PK: S('p0'), SK: S('r') } });
    expect(output.Items?.map((item) => item.SK)).toEqual([S('s0')]);
    const scan = () => db.scan({ TableName: G, ExclusiveStartKey: { PK: S('zz'), SK: S('q') } });
    expect(scan).not.toThrow();
  });
});
