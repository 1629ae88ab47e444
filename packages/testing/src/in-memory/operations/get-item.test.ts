import { N, S, T, dbWithTable, thrown } from '../../../test/in-memory-fixture.js';

describe('getItem', () => {
  const db = dbWithTable();
  db.putItem({
    TableName: T,
    Item: { PK: S('a'), SK: S('b'), n: N(1), m: { M: { x: N(1), y: N(2) } } },
  });
  const Key = { PK: S('a'), SK: S('b') };

  it('returns no Item for a missing key', () => {
    expect(db.getItem({ TableName: T, Key: { PK: S('a'), SK: S('c') } })).toEqual({});
  });

  it('projects nested paths', () => {
    const output = db.getItem({
      TableName: T,
      Key,
      ProjectionExpression: '#m.x, n',
      ExpressionAttributeNames: { '#m': 'm' },
    });
    expect(output.Item).toEqual({ n: N(1), m: { M: { x: N(1) } } });
  });

  it('returns a copy: changing it changes nothing stored', () => {
    const first = db.getItem({ TableName: T, Key }).Item;
    if (first?.m.M !== undefined) first.m.M.x = N(9);
    expect(db.getItem({ TableName: T, Key }).Item?.m).toEqual({ M: { x: N(1), y: N(2) } });
  });

  it('refuses a key that does not match the schema', () => {
    expect(thrown(() => db.getItem({ TableName: T, Key: { PK: S('a') } })).message).toBe(
      'The number of conditions on the keys is invalid',
    );
  });

  it('refuses a projection that looks inside a key attribute', () => {
    expect(
      thrown(() => db.getItem({ TableName: T, Key, ProjectionExpression: 'PK.x' })).message,
    ).toBe(
      "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: PK",
    );
  });

  it('refuses ExpressionAttributeNames without an expression, but ignores values', () => {
    const names = { ExpressionAttributeNames: { '#a': 'a' } };
    expect(thrown(() => db.getItem({ TableName: T, Key, ...names })).message).toBe(
      'ExpressionAttributeNames can only be specified when using expressions',
    );
    const values = { ExpressionAttributeValues: { ':a': S('a') } };
    expect(db.getItem({ TableName: T, Key, ...values } as never).Item).toBeDefined();
  });
});
