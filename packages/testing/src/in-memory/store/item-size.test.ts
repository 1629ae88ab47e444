import { itemSize } from './item-size.js';

describe('itemSize', () => {
  it('counts names and strings in UTF-8 bytes', () => {
    expect(itemSize({ ab: { S: 'é' } })).toBe(2 + 2);
  });

  it('counts numbers by significant digits, and 3 bytes plus 1 per element for lists and maps', () => {
    expect(itemSize({ n: { N: '12345' } })).toBe(1 + 4);
    expect(itemSize({ l: { L: [{ BOOL: true }, { NULL: true }] } })).toBe(1 + 3 + 2 * 2);
    expect(itemSize({ m: { M: { k: { S: 'v' } } } })).toBe(1 + 3 + 1 + 1 + 1);
  });
});
