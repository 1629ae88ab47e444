import { N, S } from '../../../test/in-memory-fixture.js';
import type { KeySchema } from '../schema/table-schema.js';
import { partitionHash, scanOrder, sortKeyOrder } from './key-order.js';

const keys = (type: 'S' | 'N'): KeySchema => ({
  partitionKey: { name: 'PK', type: 'S' },
  sortKey: { name: 'SK', type },
});

describe('sortKeyOrder', () => {
  it('orders strings by UTF-8 bytes, not UTF-16 code units', () => {
    const order = sortKeyOrder(keys('S'), keys('S'));
    // U+FF5E (3 UTF-8 bytes) sorts before U+1F600 (4 bytes, a surrogate pair in UTF-16).
    const items = [
      { PK: S('p'), SK: S('😀') },
      { PK: S('p'), SK: S('～') },
    ];
    expect(items.sort(order).map((item) => item.SK.S)).toEqual(['～', '😀']);
  });

  it('orders numbers numerically', () => {
    const order = sortKeyOrder(keys('N'), keys('N'));
    const items = [
      { PK: S('p'), SK: N(10) },
      { PK: S('p'), SK: N(9) },
      { PK: S('p'), SK: N(-1) },
    ];
    expect(items.sort(order).map((item) => item.SK.N)).toEqual(['-1', '9', '10']);
  });
});

describe('scanOrder', () => {
  it('groups each partition and orders it by sort key', () => {
    const order = scanOrder(keys('S'), keys('S'));
    const items = ['a', 'b', 'c'].flatMap((pk) =>
      ['2', '1'].map((sk) => ({ PK: S(pk), SK: S(sk) })),
    );
    const sorted = items.sort(order);
    for (let i = 0; i < sorted.length; i += 2) {
      expect(sorted[i].PK).toEqual(sorted[i + 1].PK);
      expect([sorted[i].SK.S, sorted[i + 1].SK.S]).toEqual(['1', '2']);
    }
  });

  it('hashes partition keys into [0, 1)', () => {
    const hash = partitionHash(S('anything'));
    expect(hash).toBeGreaterThanOrEqual(0);
    expect(hash).toBeLessThan(1);
  });
});
