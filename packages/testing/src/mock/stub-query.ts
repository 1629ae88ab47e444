import { QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Item, TableConfig } from '@dokklib/core';
import {
  type EntityClass,
  type EntityQueryOptions,
  entityMetadata,
  entityQueryInput,
} from '@dokklib/decorators';
import type { DocumentClientStub } from './document-client-stub.js';
import { answerEmptyByDefault } from './empty-answers.js';
import { storedItem } from './stored-item.js';
import { tableConfigOf } from './stub-table-config.js';

/** Which entity query a {@link stubQuery} answers: the arguments of `EntityManager.query`. */
export interface StubbedQuery<T extends object> {
  readonly entityClass: EntityClass<T>;
  /** The key argument: partition key properties (of the index, if one is given), maybe sort key ones. */
  readonly key: object;
  readonly options?: EntityQueryOptions<T>;
}

/**
 * Makes the stub answer a query with these pages of entities, one DynamoDB page each,
 * linked by `LastEvaluatedKey`, so `query`, `queryPages` and cursors work. Answers only
 * the query described by `query` (same partition, index, sort key condition and class), or
 * every query without it; queries of other partitions then find nothing. Pages are given
 * as they are: `Limit` is not applied.
 */
export function stubQuery<T extends object>(
  stub: DocumentClientStub,
  pages: readonly (readonly T[])[],
  query?: StubbedQuery<T>,
): void {
  const config = tableConfigOf(stub);
  const match = query === undefined ? undefined : queryMatch(config, query);
  const items = pages.map((page) => page.map((entity) => storedItem(config, entity)));
  answerEmptyByDefault(stub, 'query');
  stub.on(QueryCommand, match).callsFake((input: QueryCommandInput) => {
    const keys = items.map((page, index) => pageKey(config, page, index, input));
    const start = input.ExclusiveStartKey;
    const index = start === undefined ? 0 : keys.findIndex((k) => sameKey(k, start)) + 1;
    const page = items[index] ?? [];
    const last = index < items.length - 1 ? keys[index] : undefined;
    return {
      Items: page,
      Count: page.length,
      ScannedCount: page.length,
      ...(last === undefined ? {} : { LastEvaluatedKey: last }),
    };
  });
}

function queryMatch(config: TableConfig, query: StubbedQuery<object>): Partial<QueryCommandInput> {
  const { limit: _limit, ...options } = query.options ?? {};
  const input = entityQueryInput(config, entityMetadata(query.entityClass), query.key, options);
  const { TableName, IndexName, KeyConditionExpression, ExpressionAttributeValues } = input;
  return {
    TableName,
    ...(IndexName === undefined ? {} : { IndexName }),
    KeyConditionExpression,
    ExpressionAttributeValues,
  };
}

/**
 * The `LastEvaluatedKey` after a page: its last item's key in the table and the index;
 * for an empty page, a made-up key in the queried partition.
 */
function pageKey(
  config: TableConfig,
  page: readonly Item[],
  index: number,
  input: QueryCommandInput,
): Item {
  const gsi = config.globalIndexes.find((i) => i.indexName === input.IndexName);
  const queried = gsi ?? config.primaryIndex;
  const names = new Set([config.primaryIndex.partitionKey, config.primaryIndex.sortKey]);
  if (gsi !== undefined) names.add(gsi.partitionKey).add(gsi.sortKey);
  const last = page[page.length - 1];
  if (last !== undefined) {
    return Object.fromEntries(
      [...names].filter((n) => last[n] !== undefined).map((n) => [n, last[n]]),
    );
  }
  const partition = partitionValue(input, queried.partitionKey);
  return Object.fromEntries(
    [...names].map((n) => [n, n === queried.partitionKey ? partition : `#empty-page-${index}`]),
  );
}

/** The partition key value a query's key condition compares with. */
function partitionValue(input: QueryCommandInput, attribute: string): unknown {
  const names = Object.entries(input.ExpressionAttributeNames ?? {});
  const placeholder = names.find(([, name]) => name === attribute)?.[0];
  const compared =
    placeholder === undefined
      ? undefined
      : input.KeyConditionExpression?.split(`${placeholder} = `)[1];
  const value = compared?.match(/^:[A-Za-z0-9_]+/)?.[0];
  return value === undefined ? undefined : input.ExpressionAttributeValues?.[value];
}

function sameKey(a: Item, b: Item): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((n) => a[n] === b[n]);
}
