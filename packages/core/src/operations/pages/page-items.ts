import type { Item } from '../../items/item.js';

/** The items of each page in turn. */
export async function* pageItems(
  pages: AsyncIterable<{ readonly items: readonly Item[] }>,
): AsyncGenerator<Item, void, undefined> {
  for await (const page of pages) yield* page.items;
}
