import { N, S, T, dbWithTable, thrown } from '../../../test/in-memory-fixture.js';

describe('putItem', () => {
  it('stores a copy: changing the input afterwards changes nothing', () => {
    const db = dbWithTable();
    const item = { PK: S('a'), SK: S('b'), n: N(1) };
    db.putItem({ TableName: T, Item: item });
    item.n = N(2);
    expect(db.getItem({ TableName: T, Key: { PK: S('a'), SK: S('b') } }).Item).toEqual({
      PK: S('a'),
      SK: S('b'),
      n: N(1),
    });
  });

  it('stores numbers in canonical form', () => {
    const db = dbWithTable();
    db.putItem({ TableName: T, Item: { PK: S('a'), SK: S('b'), n: N('01.50') } });
    expect(db.getItem({ TableName: T, Key: { PK: S('a'), SK: S('b') } }).Item?.n).toEqual(N('1.5'));
  });

  it('returns the replaced item for ALL_OLD', () => {
    const db = dbWithTable();
    db.putItem({ TableName: T, Item: { PK: S('a'), SK: S('b'), n: N(1) } });
    const output = db.putItem({
      TableName: T,
      Item: { PK: S('a'), SK: S('b') },
      ReturnValues: 'ALL_OLD',
    });
    expect(output.Attributes).toEqual({ PK: S('a'), SK: S('b'), n: N(1) });
  });

  it('fails a condition with the existing item when asked for it', () => {
    const db = dbWithTable();
    db.putItem({ TableName: T, Item: { PK: S('a'), SK: S('b'), n: N(1) } });
    const error = thrown(() =>
      db.putItem({
        TableName: T,
        Item: { PK: S('a'), SK: S('b') },
        ConditionExpression: 'attribute_not_exists(PK)',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    expect(error).toMatchObject({
      name: 'ConditionalCheckFailedException',
      item: { PK: S('a'), SK: S('b'), n: N(1) },
    });
  });

  it.each([
    [
      'an unknown table',
      { TableName: 'nope', Item: { PK: S('a'), SK: S('b') } },
      'ResourceNotFoundException',
    ],
    ['a missing key', { TableName: T, Item: { PK: S('a') } }, 'ValidationException'],
    [
      'an item over 400 KB',
      { TableName: T, Item: { PK: S('a'), SK: S('b'), big: S('x'.repeat(400 * 1024)) } },
      'ValidationException',
    ],
    [
      'an unused value placeholder',
      {
        TableName: T,
        Item: { PK: S('a'), SK: S('b') },
        ConditionExpression: 'attribute_not_exists(PK)',
        ExpressionAttributeValues: { ':v': S('x') },
      },
      'ValidationException',
    ],
    [
      'an undefined name placeholder',
      {
        TableName: T,
        Item: { PK: S('a'), SK: S('b') },
        ConditionExpression: 'attribute_not_exists(#k)',
      },
      'ValidationException',
    ],
  ])('refuses %s', (_case, input, name) => {
    const db = dbWithTable();
    expect(thrown(() => db.putItem(input)).name).toBe(name);
  });
});
