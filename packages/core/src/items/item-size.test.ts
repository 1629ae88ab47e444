import fc from 'fast-check';
import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { ItemTooLargeError } from '../errors/item-too-large-error.js';
import { checkItemSize } from './check-item-size.js';
import { itemSizeBytes, MAX_ITEM_BYTES } from './item-size.js';

describe('itemSizeBytes', () => {
  it('counts names and string values in UTF-8 bytes', () => {
    expect(itemSizeBytes({ ab: 'cd' })).toBe(4);
    expect(itemSizeBytes({ é: 'ü' })).toBe(4);
  });

  it('counts numbers by significant digits, booleans and nulls as one byte', () => {
    expect(itemSizeBytes({ n: 12345 })).toBe(1 + 4);
    expect(itemSizeBytes({ n: new NumberValue('123456789012345678901') })).toBe(1 + 12);
    expect(itemSizeBytes({ t: true, z: null })).toBe(4);
  });

  // Measured on DynamoDB Local (bisecting the largest item it accepts with 500 such numbers).
  it.each([
    ['0', 1],
    ['1', 2],
    ['100', 2],
    ['101', 3],
    ['12345', 4],
    ['-1', 3],
    ['-12345', 5],
    ['1.5', 3],
    ['0.005', 2],
    ['-12.345', 5],
    ['1e20', 2],
    ['1230000', 3],
    ['0.30000000000000004', 10],
    ['-1.5e-100', 4],
    ['12345678901234567890123456789012345678', 20],
    ['-12345678901234567890123456789012345678', 21],
    ['-1.2345678901234567890123456789012345678', 21],
    ['9.99e125', 3],
  ])('counts the number %s as DynamoDB does: %d bytes', (text, bytes) => {
    expect(itemSizeBytes({ n: NumberValue.from(text) })).toBe(1 + bytes);
    const asNumber = Number(text);
    if (Math.abs(asNumber) <= Number.MAX_SAFE_INTEGER && String(asNumber) === text) {
      expect(itemSizeBytes({ n: asNumber })).toBe(1 + bytes);
    }
    if (/^-?\d+$/.test(text)) expect(itemSizeBytes({ n: BigInt(text) })).toBe(1 + bytes);
  });

  it('counts a safe integer as its decimal text, whatever its sign and trailing zeros', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(itemSizeBytes({ n })).toBe(itemSizeBytes({ n: NumberValue.from(String(n)) }));
      }),
    );
  });

  it('counts the values of a JavaScript Map like those of a plain object', () => {
    const entries: [string, unknown][] = [
      ['a', 'x'.repeat(100)],
      ['b', [1, 2]],
    ];
    expect(itemSizeBytes({ m: new Map(entries) })).toBe(
      itemSizeBytes({ m: Object.fromEntries(entries) }),
    );
  });

  it('leaves the holes of a sparse list out, as the document client does', () => {
    const list: unknown[] = ['a'];
    list[3] = 'b';
    expect(itemSizeBytes({ l: list })).toBe(itemSizeBytes({ l: ['a', 'b'] }));
  });

  it("counts an item's own attributes only, at the top and inside maps", () => {
    const inherited = Object.create({ extra: 'x'.repeat(100) }) as Record<string, string>;
    inherited.k = 'v';
    expect(itemSizeBytes(inherited)).toBe(itemSizeBytes({ k: 'v' }));
    expect(itemSizeBytes({ m: inherited })).toBe(itemSizeBytes({ m: { k: 'v' } }));
  });

  it('adds overhead for lists and maps, and counts binaries and sets by content', () => {
    expect(itemSizeBytes({ l: ['a', 'b'] })).toBe(1 + 3 + 2 + 2);
    expect(itemSizeBytes({ m: { k: 'v' } })).toBe(1 + 3 + 1 + 1 + 1);
    expect(itemSizeBytes({ b: new Uint8Array(10), s: new Set(['xy', 'z']) })).toBe(1 + 10 + 1 + 3);
  });
});

describe('checkItemSize', () => {
  it('accepts an item at the limit and refuses one byte more', () => {
    const atLimit = { p: 'x'.repeat(MAX_ITEM_BYTES - 1) };
    expect(() => checkItemSize(atLimit, 'put')).not.toThrow();
    expect(() => checkItemSize({ p: 'x'.repeat(MAX_ITEM_BYTES) }, 'put')).toThrow(
      ItemTooLargeError,
    );
  });
});
