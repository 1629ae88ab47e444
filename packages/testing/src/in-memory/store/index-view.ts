import type { Item } from '../expressions/index.js';
import { validationError } from '../errors/simulation-errors.js';
import type { IndexSchema, KeySchema } from '../schema/table-schema.js';
import { keyAttributes } from './item-key.js';
import type { MemoryTable } from './memory-table.js';

/** The items a read sees: the table's, or an index's (sparse, projected). */
export interface IndexView {
  /** The keys items are ordered by. */
  readonly keys: KeySchema;
  /** The table's keys, which break ties and end up in `LastEvaluatedKey` too. */
  readonly tableKeys: KeySchema;
  /** The index read, if any. */
  readonly index: IndexSchema | undefined;
  /**
   * The items as the index holds them, unordered; a local index's whole (it fetches what it
   * does not project from the table). Shared with the store: do not mutate.
   */
  readonly items: readonly Item[];
  /**
   * A local index's projection, for a read that asks for neither a `ProjectionExpression`
   * nor `Select: ALL_ATTRIBUTES`; `undefined` where the items are already as read.
   */
  readonly projectedItem: ((item: Item) => Item) | undefined;
}

/**
 * The items of the table, or of its GSI `indexName`: only items that have the index's key
 * attributes, with only the attributes the index projects.
 * @throws {DynamoDBSimulationError} ValidationException for an unknown index.
 */
export function indexView(table: MemoryTable, indexName: string | undefined): IndexView {
  const { schema } = table;
  if (indexName === undefined) {
    const items = table.all();
    return { keys: schema, tableKeys: schema, index: undefined, items, projectedItem: undefined };
  }
  const index = schema.indexes.get(indexName);
  if (index === undefined) {
    throw validationError(`The table does not have the specified index: ${indexName}`);
  }
  const names = keyAttributes(index).map((attribute) => attribute.name);
  const held = table.all().filter((item) => names.every((name) => item[name] !== undefined));
  const project = (item: Item) => projectIndexItem(index, schema, item);
  if (index.local) {
    const projectedItem = index.projectionType === 'ALL' ? undefined : project;
    return { keys: index, tableKeys: schema, index, items: held, projectedItem };
  }
  return {
    keys: index,
    tableKeys: schema,
    index,
    items: held.map(project),
    projectedItem: undefined,
  };
}

function projectIndexItem(index: IndexSchema, table: KeySchema, item: Item): Item {
  if (index.projectionType === 'ALL') return item;
  const kept = new Set([...keyAttributes(table), ...keyAttributes(index)].map((key) => key.name));
  if (index.projectionType === 'INCLUDE') index.nonKeyAttributes.forEach((name) => kept.add(name));
  return Object.fromEntries(Object.entries(item).filter(([name]) => kept.has(name)));
}

/** The key attributes of an item as `LastEvaluatedKey`: index keys and table keys. */
export function lastEvaluatedKey(view: IndexView, item: Item): Item {
  const key: Item = {};
  for (const { name } of [...keyAttributes(view.keys), ...keyAttributes(view.tableKeys)]) {
    const value = item[name];
    if (value !== undefined) key[name] = value;
  }
  return key;
}
