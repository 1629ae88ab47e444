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

  // Observed on DynamoDB Local through the low-level client (low-level-client.int.test.ts).
  it.each<[string, Record<string, unknown>, string]>([
    [
      'a value without a type',
      {},
      'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes',
    ],
    [
      'a value with two types',
      { S: 'a', N: '1' },
      'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes',
    ],
    [
      'NULL false',
      { NULL: false },
      'One or more parameter values were invalid: Null attribute value types must have the value of true',
    ],
    [
      'a string set with duplicates',
      { SS: ['a', 'b', 'a'] },
      'One or more parameter values were invalid: Input collection [a, b, a] contains duplicates',
    ],
    [
      'a binary set with duplicates',
      { BS: [new Uint8Array([1]), new Uint8Array([1])] },
      'One or more parameter values were invalid: Input collection of type BS contains duplicates.',
    ],
  ])('refuses %s, also nested in a map', (_, value, message) => {
    const db = dbWithTable();
    for (const v of [value, { M: { inner: value } }]) {
      const error = thrown(() =>
        db.putItem({ TableName: T, Item: { PK: S('a'), SK: S('b'), v: v as never } }),
      );
      expect({ name: error.name, message: error.message }).toEqual({
        name: 'ValidationException',
        message,
      });
    }
    expect(db.getItem({ TableName: T, Key: { PK: S('a'), SK: S('b') } }).Item).toBeUndefined();
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
