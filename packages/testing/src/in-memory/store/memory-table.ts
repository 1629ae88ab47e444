import type { Item } from '../expressions/index.js';
import type { TableSchema } from '../schema/table-schema.js';
import { keyString } from './item-key.js';

/** One table's items, by primary key. Items are stored as given: callers copy. */
export class MemoryTable {
  private readonly items = new Map<string, Item>();

  constructor(
    readonly schema: TableSchema,
    readonly createdAt: Date,
  ) {}

  /** The item with this primary key, if any. */
  get(key: Item): Item | undefined {
    return this.items.get(keyString(this.schema, key));
  }

  /** Stores an item, replacing the one with the same primary key. */
  put(item: Item): void {
    this.items.set(keyString(this.schema, item), item);
  }

  /** Removes the item with this primary key, if any. */
  delete(key: Item): void {
    this.items.delete(keyString(this.schema, key));
  }

  /** Every item, in no particular order. */
  all(): Item[] {
    return [...this.items.values()];
  }

  /** How many items the table holds. */
  get itemCount(): number {
    return this.items.size;
  }
}
