/** A lone surrogate: a UTF-16 code unit that is not half of a pair, with no UTF-8 form. */
const LONE_SURROGATE = /[\ud800-\udfff]/gu;

/**
 * A string as DynamoDB Local stores and compares it: encoded to UTF-8, where each lone
 * surrogate becomes `?`, so `'\ud800'`, `'\udfff'` and `'?'` are one key.
 */
export function storedText(text: string): string {
  return text.replace(LONE_SURROGATE, '?');
}

/** A string's size in UTF-8 bytes as stored (a lone surrogate is one byte, `?`). */
export function utf8Size(text: string): number {
  return Buffer.byteLength(storedText(text), 'utf8');
}
