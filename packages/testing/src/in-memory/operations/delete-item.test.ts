import { N, S, T, dbWithTable, thrown } from '../../../test/in-memory-fixture.js';

describe('deleteItem', () => {
  const Key = { PK: S('a'), SK: S('b') };

  it('removes the item and returns it for ALL_OLD', () => {
    const db = dbWithTable();
    db.putItem({ TableName: T, Item: { ...Key, n: N(1) } });
    expect(db.deleteItem({ TableName: T, Key, ReturnValues: 'ALL_OLD' }).Attributes).toEqual({
      ...Key,
      n: N(1),
    });
    expect(db.getItem({ TableName: T, Key })).toEqual({});
  });

  it('keeps the item when the condition fails', () => {
    const db = dbWithTable();
    db.putItem({ TableName: T, Item: { ...Key, n: N(1) } });
    const error = thrown(() =>
      db.deleteItem({
        TableName: T,
        Key,
        ConditionExpression: 'n = :n',
        ExpressionAttributeValues: { ':n': N(2) },
      }),
    );
    expect(error.name).toBe('ConditionalCheckFailedException');
    expect(db.getItem({ TableName: T, Key }).Item).toBeDefined();
  });

  it('succeeds on a missing item without a condition', () => {
    expect(dbWithTable().deleteItem({ TableName: T, Key })).toEqual({});
  });
});
