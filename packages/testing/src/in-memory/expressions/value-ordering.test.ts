import { compareValues, valuesEqual } from './index.js';

describe('compareValues (key ordering)', () => {
  it('orders numbers numerically, beyond double precision', () => {
    expect(compareValues({ N: '10' }, { N: '9' })).toBeGreaterThan(0);
    expect(
      compareValues({ N: '12345678901234567890.1' }, { N: '12345678901234567890.01' }),
    ).toBeGreaterThan(0);
    expect(compareValues({ N: '-2' }, { N: '-10' })).toBeGreaterThan(0);
  });

  it('orders strings by UTF-8 bytes (code points), not UTF-16 units', () => {
    expect(compareValues({ S: '\uFF61' }, { S: '\u{1F600}' })).toBeLessThan(0);
    expect(compareValues({ S: 'a' }, { S: 'ab' })).toBeLessThan(0);
    expect(compareValues({ S: 'B' }, { S: 'a' })).toBeLessThan(0);
  });

  it('compares a lone surrogate as "?", as DynamoDB Local stores it in UTF-8', () => {
    expect(compareValues({ S: 'a\ud800' }, { S: 'a?' })).toBe(0);
    expect(compareValues({ S: '\ud800' }, { S: '\udfff' })).toBe(0);
    expect(compareValues({ S: '\ud800' }, { S: '@' })).toBeLessThan(0);
    expect(valuesEqual({ S: '\ud800' }, { S: '\ufffd' })).toBe(false);
  });

  it('orders binary as unsigned bytes', () => {
    expect(
      compareValues({ B: Uint8Array.from([0x7f]) }, { B: Uint8Array.from([0x80]) }),
    ).toBeLessThan(0);
    expect(compareValues({ B: Uint8Array.from([1]) }, { B: Uint8Array.from([1, 0]) })).toBeLessThan(
      0,
    );
  });
});

describe('valuesEqual', () => {
  it('compares numbers numerically and sets without order', () => {
    expect(valuesEqual({ N: '1.0' }, { N: '1' })).toBe(true);
    expect(valuesEqual({ NS: ['1', '2.0'] }, { NS: ['2', '1'] })).toBe(true);
    expect(valuesEqual({ SS: ['a'] }, { SS: ['a', 'b'] })).toBe(false);
  });

  it('compares maps and lists deeply and types strictly', () => {
    expect(
      valuesEqual({ M: { a: { L: [{ N: '1' }] } } }, { M: { a: { L: [{ N: '1.00' }] } } }),
    ).toBe(true);
    expect(valuesEqual({ L: [{ N: '1' }, { N: '2' }] }, { L: [{ N: '2' }, { N: '1' }] })).toBe(
      false,
    );
    expect(valuesEqual({ S: '1' }, { N: '1' })).toBe(false);
  });
});
