import { validationError } from './dynamodb-simulation-error.js';

/** An exact decimal: `unscaled × 10^-scale`, like Java's BigDecimal (which DynamoDB Local uses). */
export interface Decimal {
  readonly unscaled: bigint;
  readonly scale: number;
}

const NUMBER_PATTERN = /^([+-]?)(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/;
const MAX_PRECISION = 38;
const MAX_EXPONENT = 125;
const MIN_EXPONENT = -130;

/** Parses DynamoDB's number text (`-1.50`, `.5`, `1e2`); undefined when it is not a number. */
export function parseDecimal(text: string): Decimal | undefined {
  const match = NUMBER_PATTERN.exec(text);
  if (match === null) return undefined;
  const [, sign, integer, fraction, onlyFraction, exponent] = match;
  const digits = onlyFraction ?? `${integer ?? ''}${fraction ?? ''}`;
  const fractionLength = onlyFraction?.length ?? fraction?.length ?? 0;
  const unscaled = BigInt(digits) * (sign === '-' ? -1n : 1n);
  return { unscaled, scale: fractionLength - Number(exponent ?? '0') };
}

/** Adds two decimals exactly; the result's scale is the larger of the two. */
export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { unscaled: rescale(a, scale) + rescale(b, scale), scale };
}

/** Subtracts `b` from `a` exactly. */
export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  return addDecimals(a, { unscaled: -b.unscaled, scale: b.scale });
}

/** Orders two decimals numerically. */
export function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const difference = rescale(a, scale) - rescale(b, scale);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

/** Java's `BigDecimal.toPlainString()`: no exponent, scale kept (`4.00`, `0.0`, `200`). */
export function toPlainString({ unscaled, scale }: Decimal): string {
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString();
  const sign = negative ? '-' : '';
  if (scale <= 0) return `${sign}${digits}${unscaled === 0n ? '' : '0'.repeat(-scale)}`;
  const padded = digits.padStart(scale + 1, '0');
  return `${sign}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

/** The same value with trailing zeros removed (`1.50` becomes `1.5`, zero becomes `0`). */
export function stripTrailingZeros(value: Decimal): Decimal {
  if (value.unscaled === 0n) return { unscaled: 0n, scale: 0 };
  let { unscaled, scale } = value;
  while (unscaled % 10n === 0n) {
    unscaled /= 10n;
    scale -= 1;
  }
  return { unscaled, scale };
}

/**
 * Throws DynamoDB's ValidationException when a number cannot be stored: more than 38
 * significant digits, or a magnitude outside 1E-130 .. 9.99…E+125.
 */
export function checkStorable(value: Decimal): void {
  const stripped = stripTrailingZeros(value);
  if (stripped.unscaled === 0n) return;
  const precision = (stripped.unscaled < 0n ? -stripped.unscaled : stripped.unscaled).toString()
    .length;
  if (precision > MAX_PRECISION) {
    throw validationError('DynamoDB only supports precision up to 38 digits');
  }
  const exponent = precision - 1 - stripped.scale;
  if (exponent > MAX_EXPONENT) {
    throw validationError(
      'Number overflow. Attempting to store a number with magnitude larger than supported range',
    );
  }
  if (exponent < MIN_EXPONENT) {
    throw validationError(
      'Number underflow. Attempting to store a number with magnitude smaller than supported range',
    );
  }
}

/** DynamoDB's canonical text of a stored number (PutItem): `1.50` → `1.5`, `1e2` → `100`. */
export function canonicalNumber(text: string): string {
  const value = parseDecimal(text);
  if (value === undefined)
    throw validationError('A value provided cannot be converted into a number');
  checkStorable(value);
  return toPlainString(stripTrailingZeros(value));
}

function rescale(value: Decimal, scale: number): bigint {
  return value.unscaled * 10n ** BigInt(scale - value.scale);
}
