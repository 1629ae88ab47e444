/**
 * Where a decimal's significant digits lie: what DynamoDB's number limits and sizes depend
 * on. `digits` is 0 for zero; otherwise `first` and `last` are the powers of ten of the
 * first and last non-zero digits (`'120.5'`: first 2, last -1, digits 4).
 */
export interface DecimalShape {
  negative: boolean;
  digits: number;
  first: number;
  last: number;
}

/**
 * Reads the shape of a decimal string as the SDK writes numbers (`'-12.5'`, `'1e-7'`,
 * `'1.5E+30'`) into `shape`, and returns it: pass a reused object and it allocates nothing.
 */
export function scanDecimal(text: string, shape: DecimalShape): DecimalShape {
  let index = 0;
  shape.negative = text.charCodeAt(0) === 45; // '-'
  if (shape.negative || text.charCodeAt(0) === 43) index = 1; // '+'
  let count = 0;
  let beforePoint = -1;
  let firstNonZero = -1;
  let lastNonZero = -1;
  for (; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 46)
      beforePoint = count; // '.'
    else if (code >= 48 && code <= 57) {
      if (code !== 48) {
        if (firstNonZero < 0) firstNonZero = count;
        lastNonZero = count;
      }
      count += 1;
    } else break; // 'e' or 'E'
  }
  const exponent = index < text.length ? Number(text.slice(index + 1)) : 0;
  if (beforePoint < 0) beforePoint = count;
  shape.digits = firstNonZero < 0 ? 0 : lastNonZero - firstNonZero + 1;
  shape.first = beforePoint - 1 - firstNonZero + exponent;
  shape.last = beforePoint - 1 - lastNonZero + exponent;
  return shape;
}
