/**
 * A string that is equal for equal stored values: sets compare without order, binary by
 * content. Used to find changed attributes and to recognise a retried commit.
 */
export function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (v instanceof Set) return { $set: [...v].map((e) => canonical(e)).sort() };
      if (v instanceof Uint8Array) return { $binary: Buffer.from(v).toString('base64') };
      if (typeof v === 'bigint') return { $bigint: v.toString() };
      if (v === undefined) return { $undefined: true };
      return v;
    }) ?? 'undefined'
  );
}
