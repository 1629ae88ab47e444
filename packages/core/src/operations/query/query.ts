import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Item } from '../../items/item.js';
import type { PartitionKey } from '../../keys/partition-key.js';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import { CursorCodec } from '../cursor/cursor-codec.js';
import { type PageRequest, withPageRequest } from '../pages/page-request.js';
import { pageItems } from '../pages/page-items.js';
import { firstPageRequest, type RawPage, readPages } from '../pages/read-pages.js';
import type { QueryOptions, QueryPageOptions } from './query-options.js';
import type { QueryPage } from './query-page.js';
import { type QueryPlan, queryPlan } from './query-plan.js';
import { applySortKeyExclusion } from './sort-key-exclusion.js';

/**
 * The pages of a query, read one DynamoDB page at a time as they are iterated; each page's
 * `cursor` resumes after it (`Table.queryPages` as a function).
 * Options and cursor are checked when called, before anything is sent.
 * @throws {InvalidCursorError} (when called) for a cursor that is not one of this query's.
 */
export function queryPages(
  table: BareTable,
  pk: PartitionKey,
  options: QueryPageOptions = {},
): AsyncIterable<QueryPage> {
  return readQueryPages(table, queryPlan(table.config, pk, options), describeQuery(pk, options));
}

/** The items of a query, read page by page as they are iterated (`Table.queryItems` as a function). */
export function queryItems(
  table: BareTable,
  pk: PartitionKey,
  options: QueryPageOptions = {},
): AsyncIterable<Item> {
  return pageItems(queryPages(table, pk, options));
}

/**
 * Every item of the partition `pk` (on the table or `globalIndex`) that matches the sort
 * key condition and filter, reading all pages (from `cursor` if given) up to `limit`
 * (`Table.query` as a function).
 */
export async function query(
  table: BareTable,
  pk: PartitionKey,
  options: QueryPageOptions = {},
): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of queryPages(table, pk, options)) items.push(...page.items);
  return items;
}

/**
 * The first page of a query (or the page after `cursor`): one request, for web APIs
 * (`Table.queryPage` as a function). With a filter a page may hold fewer than `pageSize`
 * items, even none, yet have a cursor.
 * @throws {InvalidCursorError} for a cursor that is not one of this query's.
 */
export async function queryPage(
  table: BareTable,
  pk: PartitionKey,
  options: QueryPageOptions = {},
): Promise<QueryPage> {
  for await (const page of queryPages(table, pk, options)) return page;
  return { items: [], cursor: undefined };
}

/** The `Query` input of the first page of {@link query} (or the page after `options.cursor`). */
export function queryRequest(
  table: TableLayout,
  pk: PartitionKey,
  options?: QueryPageOptions,
): QueryCommandInput {
  const plan = queryPlan(table.config, pk, options);
  return withConsumedCapacity(
    table.config,
    withPageRequest(plan.input, firstPageRequest(plan.paging)),
  );
}

async function* readQueryPages(
  table: BareTable,
  plan: QueryPlan,
  operation: string,
): AsyncGenerator<QueryPage, void, undefined> {
  const codec = new CursorCodec(table.config.cursorSecret);
  const fetchPage = async (page: PageRequest): Promise<RawPage> => {
    const input = withConsumedCapacity(table.config, withPageRequest(plan.input, page));
    const output = await table.runner.run({
      operation,
      command: 'Query',
      input,
      send: () => table.client.send(new QueryCommand(input)),
    });
    const items = output.Items ?? [];
    return {
      items: plan.exclusion === undefined ? items : applySortKeyExclusion(items, plan.exclusion),
      lastEvaluatedKey: output.LastEvaluatedKey,
    };
  };
  for await (const page of readPages(fetchPage, plan.paging)) {
    const key = page.lastEvaluatedKey;
    yield {
      items: page.items.map((item) => table.decodeItem(item)),
      cursor: key === undefined ? undefined : codec.encode(key, plan.scope),
    };
  }
}

function describeQuery(pk: PartitionKey, options: QueryOptions): string {
  const sortKey = options.sortKey === undefined ? '' : ` / ${String(options.sortKey)}`;
  return `query of ${String(pk)}${sortKey}`;
}
