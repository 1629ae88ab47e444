/**
 * A string that is equal for equal stored values, and differs for different ones: sets
 * compare without order, binary by content; the tags that mark sets, binaries, bigints and
 * `undefined` cannot be confused with a map holding the same keys (a map key starting with
 * `$` is escaped). Used to find changed attributes and to recognise a retried commit.
 */
export function canonical(value: unknown): string {
  return (
    JSON.stringify(
      value,
      function (this: Record<string, unknown>, key: string, converted: unknown) {
        // The value itself, before its `toJSON` (a Buffer's) turned it into something else.
        const v = this[key] instanceof Uint8Array ? this[key] : converted;
        if (v instanceof Set) return { $set: [...v].map((e) => canonical(e)).sort() };
        if (v instanceof Uint8Array) return { $binary: Buffer.from(v).toString('base64') };
        if (typeof v === 'bigint') return { $bigint: v.toString() };
        if (v === undefined) return { $undefined: true };
        if (typeof v === 'object' && v !== null && !Array.isArray(v)) return escapedMap(v);
        return v;
      },
    ) ?? 'undefined'
  );
}

/** `map` itself, or, if a key of it starts with `$`, a copy with each such key's `$` doubled. */
function escapedMap(map: object): object {
  const keys = Object.keys(map);
  if (!keys.some((key) => key.startsWith('$'))) return map;
  const escaped: Record<string, unknown> = {};
  for (const key of keys) {
    const name = key.startsWith('$') ? `$${key}` : key;
    Object.defineProperty(escaped, name, {
      value: (map as Record<string, unknown>)[key],
      enumerable: true,
    });
  }
  return escaped;
}
