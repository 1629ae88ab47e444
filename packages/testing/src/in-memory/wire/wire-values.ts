/**
 * The SDK's form of a request body in DynamoDB's JSON protocol: a binary attribute value
 * (`{ "B": "<base64>" }`, `{ "BS": [...] }`) as `Uint8Array`s, as the store takes them;
 * anything else as parsed.
 */
export function fromWire(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(fromWire);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1) {
    const [key] = keys;
    const element = record[key];
    if (key === 'B' && typeof element === 'string') return { B: fromBase64(element) };
    if (key === 'BS' && Array.isArray(element) && element.every((e) => typeof e === 'string')) {
      return { BS: element.map((e: string) => fromBase64(e)) };
    }
  }
  const parsed: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(parsed, key, {
      value: fromWire(record[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return parsed;
}

function fromBase64(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'base64');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * A response body in DynamoDB's JSON protocol: binaries as base64, dates (a table's
 * `CreationDateTime`…) as epoch seconds, as DynamoDB sends them.
 */
export function toWire(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const original = this[key];
    if (original instanceof Uint8Array) return Buffer.from(original).toString('base64');
    if (original instanceof Date) return original.getTime() / 1000;
    return v;
  });
}
