import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  CursorCodec,
  queryCursorScope,
  type CursorScope,
  type Item,
  type Table,
  ValidationError,
} from '@dokklib/core';
import { itemToEntity } from '../mapping/item-to-entity.js';
import type { EntityMetadata } from '../metadata/entity-metadata.js';
import { entityQueryInput, entityQueryPartition } from './entity-query-input.js';
import type { EntityQueryOptions, EntityQueryPageOptions } from './entity-query-options.js';
import type { EntityQueryPage } from './entity-query-page.js';

/** What one entity query reads: its arguments, and where and how far to read. */
interface EntityQueryPlan<T extends object> {
  readonly metadata: EntityMetadata<T>;
  readonly key: object;
  readonly options: EntityQueryOptions<object>;
  readonly codec: CursorCodec;
  readonly scope: CursorScope;
  readonly startKey: Item | undefined;
  readonly pageSize: number | undefined;
  readonly limit: number | undefined;
}

/**
 * The pages of a query of entities, one DynamoDB page at a time as they are iterated; each
 * page's `cursor` (signed by core's `CursorCodec`) resumes after it. Options, key and cursor
 * are checked when called, before anything is sent.
 * @throws {InvalidCursorError} for a cursor that is not one of this query's.
 * @throws {ValidationError} for a `pageSize` or `limit` that is not a positive integer.
 */
export function entityQueryPages<T extends object>(
  table: Table,
  metadata: EntityMetadata<T>,
  key: object,
  options: EntityQueryPageOptions<T> = {},
): AsyncIterable<EntityQueryPage<T>> {
  return readEntityPages(table, entityQueryPlan(table, metadata, key, options));
}

function entityQueryPlan<T extends object>(
  table: Table,
  metadata: EntityMetadata<T>,
  key: object,
  options: EntityQueryPageOptions<T>,
): EntityQueryPlan<T> {
  checkPositiveInteger(options.pageSize, 'pageSize');
  checkPositiveInteger(options.limit, 'limit');
  const { pageSize, cursor, ...queryOptions } = options as EntityQueryPageOptions<object>;
  entityQueryInput(table.config, metadata, key, queryOptions);
  const scope = entityCursorScope(table, metadata, key, queryOptions);
  const codec = new CursorCodec(table.config.cursorSecret);
  const startKey = cursor === undefined ? undefined : codec.decode(cursor, scope);
  return {
    metadata,
    key,
    options: queryOptions,
    codec,
    scope,
    startKey,
    pageSize,
    limit: options.limit,
  };
}

function entityCursorScope(
  table: Table,
  metadata: EntityMetadata,
  key: object,
  options: EntityQueryOptions<object>,
): CursorScope {
  const { index, partitionKey } = entityQueryPartition(table.config, metadata, key, options);
  return queryCursorScope(table.config, index, partitionKey);
}

async function* readEntityPages<T extends object>(
  table: Table,
  plan: EntityQueryPlan<T>,
): AsyncGenerator<EntityQueryPage<T>, void, undefined> {
  let exclusiveStartKey = plan.startKey;
  let remaining = plan.limit;
  do {
    const sizes = [plan.pageSize, remaining].filter((n): n is number => n !== undefined);
    const limit = sizes.length === 0 ? undefined : Math.min(...sizes);
    const input = entityQueryInput(table.config, plan.metadata, plan.key, plan.options, {
      exclusiveStartKey,
      limit,
    });
    const output = await table.runner.run({
      operation: `query of ${plan.metadata.target.name}`,
      command: 'Query',
      input,
      send: () => table.client.send(new QueryCommand(input)),
    });
    const items = (output.Items ?? []).map((item) =>
      itemToEntity(table.config, plan.metadata, table.decodeItem(item)),
    );
    if (remaining !== undefined) remaining -= items.length;
    exclusiveStartKey = output.LastEvaluatedKey;
    const cursor =
      exclusiveStartKey === undefined
        ? undefined
        : plan.codec.encode(exclusiveStartKey, plan.scope);
    yield { items, cursor };
  } while (exclusiveStartKey !== undefined && (remaining === undefined || remaining > 0));
}

function checkPositiveInteger(value: number | undefined, name: string): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1)) {
    throw new ValidationError(`${name} must be a positive integer; got ${String(value)}.`);
  }
}
