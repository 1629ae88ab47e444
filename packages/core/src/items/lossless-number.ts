import { NumberValue } from '@aws-sdk/lib-dynamodb';

/**
 * Reads a DynamoDB number without losing precision: a JavaScript `number` when it holds
 * the value exactly within ±`Number.MAX_SAFE_INTEGER` (so it can be written back), a
 * `bigint` for a larger integer, and the SDK's `NumberValue` (the exact decimal string)
 * otherwise. Used as the document client's `wrapNumbers`.
 */
export function losslessNumber(text: string): number | bigint | NumberValue {
  const value = Number(text);
  // Beyond the safe range a number may hold the value, but the SDK refuses to write it back.
  if (Math.abs(value) <= Number.MAX_SAFE_INTEGER) {
    if (String(value) === text) return value;
    if (canonicalDecimal(String(value)) === canonicalDecimal(text)) return value;
  }
  if (/^-?\d+$/.test(text)) return BigInt(text);
  return NumberValue.from(text);
}

/**
 * A decimal string in one form per value: sign, significant digits and exponent, so that
 * `'1e-7'`, `'0.0000001'` and `'1.0E-7'` compare equal.
 */
export function canonicalDecimal(text: string): string {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (match === null) return text;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const digits = (whole + fraction).replace(/^0+/, '');
  if (digits.length === 0) return '0';
  const leadingZeros = (whole + fraction).length - digits.length;
  const pointAt = whole.length - leadingZeros + Number(exponent);
  const significant = digits.replace(/0+$/, '');
  return `${sign === '-' ? '-' : ''}0.${significant}e${pointAt}`;
}
