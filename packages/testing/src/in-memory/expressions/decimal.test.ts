import fc from 'fast-check';
import {
  addDecimals,
  canonicalNumber,
  compareDecimals,
  parseDecimal,
  subtractDecimals,
  toPlainString,
} from './decimal.js';

const parse = (text: string): NonNullable<ReturnType<typeof parseDecimal>> => {
  const value = parseDecimal(text);
  if (value === undefined) throw new Error(`not a number: ${text}`);
  return value;
};

// canonicalNumber rows were observed on DynamoDB Local (PutItem then GetItem).
describe('canonicalNumber, as DynamoDB Local stores numbers', () => {
  it.each([
    ['1.50', '1.5'],
    ['01e2', '100'],
    ['-0', '0'],
    ['0.000', '0'],
    ['1E-5', '0.00001'],
    ['+5', '5'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['1e-130', `0.${'0'.repeat(129)}1`],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalNumber(input)).toBe(expected);
  });

  it.each([
    ['abc', 'A value provided cannot be converted into a number'],
    ['123456789012345678901234567890123456789', 'DynamoDB only supports precision up to 38 digits'],
    [
      '1e126',
      'Number overflow. Attempting to store a number with magnitude larger than supported range',
    ],
  ])('rejects %s', (input, message) => {
    expect(() => canonicalNumber(input)).toThrow(message);
  });
});

describe('decimal arithmetic', () => {
  it('keeps BigDecimal scales', () => {
    expect(toPlainString(addDecimals(parse('1.5'), parse('2.50')))).toBe('4.00');
    expect(toPlainString(subtractDecimals(parse('-0.5'), parse('-0.5')))).toBe('0.0');
    expect(toPlainString(addDecimals(parse('1e2'), parse('1e2')))).toBe('200');
  });

  it('adds integers exactly, like BigInt', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt(), fc.integer({ min: 0, max: 40 }), (a, b, scale) => {
        const sum = addDecimals({ unscaled: a, scale }, { unscaled: b, scale });
        expect(compareDecimals(sum, { unscaled: a + b, scale })).toBe(0);
        expect(parse(toPlainString(sum))).toEqual(sum);
      }),
    );
  });

  it('orders like numbers across scales', () => {
    expect(compareDecimals(parse('1'), parse('1.000'))).toBe(0);
    expect(compareDecimals(parse('-1e3'), parse('-999.9'))).toBe(-1);
    expect(compareDecimals(parse('0.1'), parse('1E-2'))).toBe(1);
  });
});
