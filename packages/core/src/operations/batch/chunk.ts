/** Splits a list into consecutive chunks of at most `size` elements. */
export function chunk<Element>(list: readonly Element[], size: number): Element[][] {
  const chunks: Element[][] = [];
  for (let start = 0; start < list.length; start += size) {
    chunks.push(list.slice(start, start + size));
  }
  return chunks;
}
