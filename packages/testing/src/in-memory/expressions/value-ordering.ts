import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { compareDecimals, type Decimal, parseDecimal } from './decimal.js';
import { storedText } from './stored-text.js';

/** The type tag of a marshalled value: `S`, `N`, `B`, `SS`, `NS`, `BS`, `M`, `L`, `NULL`, `BOOL`. */
export function typeOf(value: AttributeValue): string {
  for (const key of ['S', 'N', 'B', 'SS', 'NS', 'BS', 'M', 'L', 'NULL', 'BOOL'] as const) {
    if (value[key] !== undefined) return key;
  }
  return Object.keys(value)[0] ?? '';
}

/** Orders key values: N numerically, S by UTF-8 bytes (code points), B bytewise. */
export function compareValues(a: AttributeValue, b: AttributeValue): number {
  const [typeA, typeB] = [typeOf(a), typeOf(b)];
  if (typeA !== typeB) return typeA < typeB ? -1 : 1;
  if (a.N !== undefined && b.N !== undefined) return compareDecimals(decimal(a.N), decimal(b.N));
  if (a.S !== undefined && b.S !== undefined) return compareStrings(a.S, b.S);
  if (a.B !== undefined && b.B !== undefined) return compareBytes(a.B, b.B);
  return 0;
}

/** Whether two values are equal: numbers numerically, sets regardless of order, maps and lists deeply. */
export function valuesEqual(a: AttributeValue, b: AttributeValue): boolean {
  const type = typeOf(a);
  if (type !== typeOf(b)) return false;
  switch (type) {
    case 'N':
    case 'S':
    case 'B':
      return compareValues(a, b) === 0;
    case 'SS':
      return sameMembers(a.SS ?? [], b.SS ?? [], (x, y) => x === y);
    case 'NS':
      return sameMembers(
        a.NS ?? [],
        b.NS ?? [],
        (x, y) => compareDecimals(decimal(x), decimal(y)) === 0,
      );
    case 'BS':
      return sameMembers(a.BS ?? [], b.BS ?? [], (x, y) => compareBytes(x, y) === 0);
    case 'L':
      return listsEqual(a.L ?? [], b.L ?? []);
    case 'M':
      return mapsEqual(a.M ?? {}, b.M ?? {});
    default:
      return a.BOOL === b.BOOL && a.NULL === b.NULL;
  }
}

/**
 * Orders strings as DynamoDB does: by UTF-8 bytes, which is code point order, a lone
 * surrogate counting as `?` (see `storedText`).
 */
export function compareStrings(a: string, b: string): number {
  const [pointsA, pointsB] = [Array.from(storedText(a)), Array.from(storedText(b))];
  for (let i = 0; i < Math.min(pointsA.length, pointsB.length); i += 1) {
    const difference = (pointsA[i]?.codePointAt(0) ?? 0) - (pointsB[i]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  return Math.sign(pointsA.length - pointsB.length);
}

/** Whether a string or binary value starts with `prefix` (strings as stored, see `storedText`). */
export function beginsWith(value: AttributeValue, prefix: AttributeValue): boolean {
  if (value.S !== undefined && prefix.S !== undefined) {
    return storedText(value.S).startsWith(storedText(prefix.S));
  }
  if (value.B === undefined || prefix.B === undefined) return false;
  return (
    prefix.B.length <= value.B.length &&
    compareBytes(value.B.subarray(0, prefix.B.length), prefix.B) === 0
  );
}

/** Orders byte arrays as unsigned bytes, shorter prefix first. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference < 0 ? -1 : 1;
  }
  return Math.sign(a.length - b.length);
}

/** Parses a stored number, treating unparsable text as zero (values are validated on input). */
export function decimal(text: string): Decimal {
  return parseDecimal(text) ?? { unscaled: 0n, scale: 0 };
}

function sameMembers<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x) => b.some((y) => equal(x, y)));
}

function listsEqual(a: readonly AttributeValue[], b: readonly AttributeValue[]): boolean {
  return a.length === b.length && a.every((value, i) => valuesEqual(value, b[i] as AttributeValue));
}

function mapsEqual(a: Record<string, AttributeValue>, b: Record<string, AttributeValue>): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        Object.hasOwn(b, key) && valuesEqual(a[key] as AttributeValue, b[key] as AttributeValue),
    )
  );
}
