import { type QueryCommandInput, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Item, Table } from '@dokklib/core';
import type { QueryPageInput } from './entity-query-input.js';

/**
 * Reads the pages of a query until there are no more or `limit` items were read, and
 * returns the items as callers see them (key attributes without prefixes).
 */
export async function queryItems(
  table: Table,
  operation: string,
  pageInput: (page: QueryPageInput) => QueryCommandInput,
  limit: number | undefined,
): Promise<Item[]> {
  const items: Item[] = [];
  let exclusiveStartKey: Item | undefined;
  do {
    const remaining = limit === undefined ? undefined : limit - items.length;
    const input = pageInput({ exclusiveStartKey, limit: remaining });
    const output = await table.runner.run({
      operation,
      command: 'Query',
      input,
      send: () => table.client.send(new QueryCommand(input)),
    });
    for (const item of output.Items ?? []) items.push(table.decodeItem(item));
    exclusiveStartKey = output.LastEvaluatedKey;
  } while (exclusiveStartKey !== undefined && (limit === undefined || items.length < limit));
  return limit === undefined ? items : items.slice(0, limit);
}
