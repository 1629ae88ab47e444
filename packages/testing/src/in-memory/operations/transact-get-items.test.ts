import { S, T, dbWithTable, putAll, thrown } from '../../../test/in-memory-fixture.js';

describe('transactGetItems', () => {
  const db = dbWithTable();
  putAll(db, [{ PK: 'a', SK: '1', x: 'y' }]);
  const get = (sk: string) => ({ Get: { TableName: T, Key: { PK: S('a'), SK: S(sk) } } });

  it('returns one response per key, in order, empty for a missing item', () => {
    const output = db.transactGetItems({ TransactItems: [get('2'), get('1')] });
    expect(output.Responses).toEqual([{}, { Item: { PK: S('a'), SK: S('1'), x: S('y') } }]);
  });

  it('refuses two reads of one item', () => {
    expect(thrown(() => db.transactGetItems({ TransactItems: [get('1'), get('1')] })).message).toBe(
      'Transaction request cannot include multiple operations on one item',
    );
  });
});
