import { canonical } from './canonical.js';

describe('canonical', () => {
  it('is equal for equal stored values: sets without order, binaries by content', () => {
    expect(canonical({ s: new Set(['a', 'b']) })).toBe(canonical({ s: new Set(['b', 'a']) }));
    expect(canonical(new Uint8Array([1, 2]))).toBe(canonical(Buffer.from([1, 2])));
    expect(canonical({ n: 10n, list: [1, 'x'] })).toBe(canonical({ n: 10n, list: [1, 'x'] }));
  });

  it.each<[string, unknown, unknown]>([
    ['a set and a map that looks like its tag', new Set(['a']), { $set: [canonical('a')] }],
    ['a binary and a map that looks like its tag', new Uint8Array([1]), { $binary: 'AQ==' }],
    ['a bigint and a map that looks like its tag', 1n, { $bigint: '1' }],
    ['undefined and a map that looks like its tag', undefined, { $undefined: true }],
    ['a map and its escaped form', { $a: 1 }, { $$a: 1 }],
    ['a list and a set of the same elements', ['a'], new Set(['a'])],
  ])('differs for %s (a change between them is not lost)', (_, one, other) => {
    expect(canonical({ v: one })).not.toBe(canonical({ v: other }));
  });
});
