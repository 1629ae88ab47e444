import { Faults } from './faults.js';

describe('Faults', () => {
  it('leaves unprocessed what any selector picks, with the key unmarshalled', () => {
    const faults = new Faults().unprocessed((entry) => entry.key.SK === 'x');
    expect(
      faults.leavesUnprocessed('BatchWriteItem', 'T', 'put', { PK: { S: 'a' }, SK: { S: 'x' } }),
    ).toBe(true);
    expect(
      faults.leavesUnprocessed('BatchWriteItem', 'T', 'put', { PK: { S: 'a' }, SK: { S: 'y' } }),
    ).toBe(false);
  });

  it('tells selectors the operation, table and action', () => {
    const seen: unknown[] = [];
    const faults = new Faults().unprocessed((entry) => {
      seen.push(entry);
      return false;
    });
    faults.leavesUnprocessed('BatchGetItem', 'T', 'get', { PK: { S: 'a' } });
    expect(seen).toEqual([
      { operation: 'BatchGetItem', tableName: 'T', action: 'get', key: { PK: 'a' } },
    ]);
  });

  it('processes everything once cleared', () => {
    const faults = new Faults().unprocessed(() => true);
    faults.clear();
    expect(faults.leavesUnprocessed('BatchWriteItem', 'T', 'delete', { PK: { S: 'a' } })).toBe(
      false,
    );
  });
});
