import { type DecimalShape, scanDecimal } from './decimal-shape.js';

/** DynamoDB keeps at most 38 significant digits. */
export const MAX_NUMBER_DIGITS = 38;
/** DynamoDB's numbers are below 1e126 in magnitude: the first digit is at most at 10^125. */
const MAX_FIRST_POWER = 125;
/** …and at least 1e-130 (unless zero). */
const MIN_FIRST_POWER = -130;

/** Reused: checking a number allocates nothing. */
const scratch: DecimalShape = { negative: false, digits: 0, first: 0, last: 0 };

/**
 * What DynamoDB would refuse in a number's decimal text: over 38 significant digits, or a
 * magnitude from 1e126 up or below 1e-130 (other than zero); `undefined` if it stores it.
 */
export function decimalProblem(text: string): string | undefined {
  const shape = scanDecimal(text, scratch);
  if (shape.digits === 0) return undefined;
  if (shape.digits > MAX_NUMBER_DIGITS) {
    return `the number ${text}, of ${shape.digits} significant digits; DynamoDB keeps at most ${MAX_NUMBER_DIGITS}`;
  }
  if (shape.first > MAX_FIRST_POWER || shape.first < MIN_FIRST_POWER) {
    return `the number ${text}, outside DynamoDB's range (magnitudes from 1e-130 to below 1e126, and 0)`;
  }
  return undefined;
}

/** The smallest magnitude of a JavaScript number DynamoDB stores, other than zero. */
export const MIN_NUMBER_MAGNITUDE = 1e-130;
