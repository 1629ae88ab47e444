import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { canonicalDecimal, losslessNumber } from './lossless-number.js';

describe('losslessNumber', () => {
  it.each(['0', '1', '-1', '0.1', '1.5', '123456.789', '9007199254740991', '0.0000001'])(
    'reads %s as the JavaScript number that holds it exactly',
    (text) => {
      const value = losslessNumber(text);
      expect(typeof value).toBe('number');
      expect(canonicalDecimal(String(value))).toBe(canonicalDecimal(text));
    },
  );

  it('reads integers beyond Number.MAX_SAFE_INTEGER as bigint', () => {
    expect(losslessNumber('9007199254740993')).toBe(9007199254740993n);
    // A number would hold these exactly, but the SDK refuses to write such a number back.
    expect(losslessNumber('9007199254740992')).toBe(9007199254740992n);
    expect(losslessNumber('1000000000000000000000')).toBe(1000000000000000000000n);
    expect(losslessNumber('-123456789012345678901234567890')).toBe(
      -123456789012345678901234567890n,
    );
  });

  it('reads decimals a double would round as NumberValue holding the exact digits', () => {
    const value = losslessNumber('0.12345678901234567890123');
    expect(value).toBeInstanceOf(NumberValue);
    expect(String(value)).toBe('0.12345678901234567890123');
  });
});

describe('canonicalDecimal', () => {
  it('gives one form for each value', () => {
    expect(canonicalDecimal('1e-7')).toBe(canonicalDecimal('0.0000001'));
    expect(canonicalDecimal('1.50')).toBe(canonicalDecimal('1.5'));
    expect(canonicalDecimal('1e+21')).toBe(canonicalDecimal('1000000000000000000000'));
    expect(canonicalDecimal('-0.0')).toBe('0');
    expect(canonicalDecimal('12')).not.toBe(canonicalDecimal('1.2'));
  });
});
