import { S, T, dbWithTable, thrown } from '../../../test/in-memory-fixture.js';

const db = dbWithTable();
const Key = { PK: S('a'), SK: S('b') };
const names = { ExpressionAttributeNames: { '#a': 'a' } };
const values = { ExpressionAttributeValues: { ':a': S('a') } };
const namesOnly = 'ExpressionAttributeNames can only be specified when using expressions';
const valuesOnly = 'ExpressionAttributeValues can only be specified when using expressions: ';

describe('placeholder maps without an expression', () => {
  it('refuses names, even an empty map, before values', () => {
    expect(thrown(() => db.putItem({ TableName: T, Item: Key, ...names, ...values })).message).toBe(
      namesOnly,
    );
    const empty = { ExpressionAttributeNames: {} };
    expect(thrown(() => db.scan({ TableName: T, ...empty })).message).toBe(namesOnly);
    expect(
      thrown(() => db.batchGetItem({ RequestItems: { [T]: { Keys: [Key], ...names } } })).message,
    ).toBe(namesOnly);
  });

  it('refuses values, naming the expressions that could use them', () => {
    expect(thrown(() => db.deleteItem({ TableName: T, Key, ...values })).message).toBe(
      `${valuesOnly}ConditionExpression is null`,
    );
    expect(
      thrown(() => db.scan({ TableName: T, ProjectionExpression: 'a', ...values })).message,
    ).toBe(`${valuesOnly}FilterExpression is null`);
    expect(thrown(() => db.updateItem({ TableName: T, Key, ...values })).message).toBe(
      `${valuesOnly}UpdateExpression and ConditionExpression are null`,
    );
    const transact = () =>
      db.transactWriteItems({ TransactItems: [{ Put: { TableName: T, Item: Key, ...values } }] });
    expect(thrown(transact).message).toBe(`${valuesOnly}ConditionExpression is null`);
  });

  it('accepts names with any expression', () => {
    const put = () =>
      db.putItem({
        TableName: T,
        Item: Key,
        ConditionExpression: 'attribute_not_exists(#a)',
        ...names,
      });
    expect(put).not.toThrow();
  });
});
