import { ValidationError } from '@dokklib/core';

/**
 * Turns a key property's value into the text stored in a key and back. Needed for key
 * properties that are not strings, e.g. `@SortKey('ORDER', { codec: paddedNumber(10) })`.
 */
export interface KeyCodec<Value = unknown> {
  /** The text stored in the key for the value. */
  encode(value: Value): string;
  /** The value of the text read from a key. */
  decode(text: string): Value;
}

/**
 * Stores a non-negative integer zero-padded to `width` digits, so that keys sort in
 * numeric order: `paddedNumber(5).encode(42)` is `'00042'`.
 * @throws {ValidationError} when encoding a value that is not a non-negative integer or has more digits.
 */
export function paddedNumber(width: number): KeyCodec<number> {
  return {
    encode(value: number): string {
      const text = Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
      if (text === undefined || text.length > width) {
        throw new ValidationError(
          `${String(value)} cannot be stored as a key of ${width} digits: it must be a non-negative integer below 10^${width}.`,
        );
      }
      return text.padStart(width, '0');
    },
    decode(text: string): number {
      return Number(text);
    },
  };
}
