import type { Item } from '../expressions/index.js';
import type { TableSchema } from '../schema/table-schema.js';
import { keyString } from './item-key.js';

/** One table's items, by primary key. Items are stored as given: callers copy. */
export class MemoryTable {
  private readonly items = new Map<string, Item>();
  /** The attribute `UpdateTimeToLive` enabled expiry on, if any. */
  timeToLiveAttribute: string | undefined;

  constructor(
    private layout: TableSchema,
    readonly createdAt: Date,
  ) {}

  /** The table's keys and indexes. */
  get schema(): TableSchema {
    return this.layout;
  }

  /**
   * Gives the table a new layout of the same keys (`UpdateTable` adds or removes a GSI);
   * the items stay, and index reads see them at once.
   */
  reshape(schema: TableSchema): void {
    this.layout = schema;
  }

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

  /**
   * Removes the items whose time-to-live attribute (a number of epoch seconds) is at or
   * before `nowSeconds`, as DynamoDB's TTL deletes them (at once here, not within days);
   * like DynamoDB, leaves alone values more than five years in the past.
   */
  expire(nowSeconds: number): void {
    const attribute = this.timeToLiveAttribute;
    if (attribute === undefined) return;
    for (const [key, item] of this.items) {
      const text = item[attribute]?.N;
      if (text === undefined) continue;
      const at = Number(text);
      if (at <= nowSeconds && at >= nowSeconds - FIVE_YEARS_SECONDS) this.items.delete(key);
    }
  }
}

/** DynamoDB's TTL leaves items whose expiry is further in the past than this. */
const FIVE_YEARS_SECONDS = 5 * 365 * 24 * 60 * 60;
