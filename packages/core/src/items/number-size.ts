import { type DecimalShape, scanDecimal } from './decimal-shape.js';

/**
 * A number's size as DynamoDB counts it, measured against DynamoDB Local (see
 * docs/RELIABILITY.md, "Number sizes"): the digits are grouped in pairs aligned on the
 * decimal point (`12.345` is `12 . 34 50`), leading and trailing pairs of zeros are left
 * out, and the number takes 1 byte plus 1 per pair, plus 1 if it is negative and has fewer
 * than 20 pairs. Zero takes 1 byte. So `100` is 2 bytes, `101` 3, `-1` 3, `1.5` 3, `1e20` 2.
 */
export function decimalSizeBytes(text: string): number {
  return shapeSize(scanDecimal(text, scratch));
}

/** {@link decimalSizeBytes} of a safe integer, without writing it out. */
export function integerSizeBytes(value: number): number {
  if (value === 0) return 1;
  let rest = Math.abs(value);
  let trailingZeros = 0;
  while (rest % 10 === 0) {
    rest /= 10;
    trailingZeros += 1;
  }
  let digits = trailingZeros;
  for (; rest > 0; rest = Math.floor(rest / 10)) digits += 1;
  scratch.negative = value < 0;
  scratch.digits = digits - trailingZeros;
  scratch.first = digits - 1;
  scratch.last = trailingZeros;
  return shapeSize(scratch);
}

/** Reused by every call: measuring a number allocates nothing. */
const scratch: DecimalShape = { negative: false, digits: 0, first: 0, last: 0 };

/** Pairs with a negative number's terminator byte below this many; DynamoDB's own rule. */
const TERMINATED_BELOW_PAIRS = 20;

function shapeSize(shape: DecimalShape): number {
  if (shape.digits === 0) return 1;
  const pairs = Math.floor(shape.first / 2) - Math.floor(shape.last / 2) + 1;
  return 1 + pairs + (shape.negative && pairs < TERMINATED_BELOW_PAIRS ? 1 : 0);
}
