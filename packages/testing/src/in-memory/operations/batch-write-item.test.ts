import { S, T, dbWithTable, thrown } from '../../../test/in-memory-fixture.js';

const put = (pk: string, sk: string) => ({ PutRequest: { Item: { PK: S(pk), SK: S(sk) } } });

describe('batchWriteItem', () => {
  it('applies puts and deletes', () => {
    const db = dbWithTable();
    db.batchWriteItem({ RequestItems: { [T]: [put('a', '1'), put('a', '2')] } });
    const output = db.batchWriteItem({
      RequestItems: { [T]: [{ DeleteRequest: { Key: { PK: S('a'), SK: S('1') } } }] },
    });
    expect(output).toEqual({ UnprocessedItems: {} });
    expect(db.scan({ TableName: T }).Count).toBe(1);
  });

  it('returns the writes a fault picks as UnprocessedItems, without applying them', () => {
    const db = dbWithTable();
    db.faults.unprocessed((entry) => entry.key.SK === '2');
    const output = db.batchWriteItem({ RequestItems: { [T]: [put('a', '1'), put('a', '2')] } });
    expect(output.UnprocessedItems).toEqual({ [T]: [put('a', '2')] });
    expect(db.scan({ TableName: T }).Count).toBe(1);
    db.faults.clear();
    expect(db.batchWriteItem({ RequestItems: { [T]: [put('a', '2')] } }).UnprocessedItems).toEqual(
      {},
    );
  });

  it('refuses two writes on one item and more than 25 writes, applying none', () => {
    const db = dbWithTable();
    expect(
      thrown(() => db.batchWriteItem({ RequestItems: { [T]: [put('a', '1'), put('a', '1')] } }))
        .message,
    ).toBe('Provided list of item keys contains duplicates');
    const many = Array.from({ length: 26 }, (_, i) => put('a', String(i)));
    expect(thrown(() => db.batchWriteItem({ RequestItems: { [T]: many } })).name).toBe(
      'ValidationException',
    );
    expect(db.scan({ TableName: T }).Count).toBe(0);
  });
});
