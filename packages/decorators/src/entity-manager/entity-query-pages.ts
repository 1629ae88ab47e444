import type { QueryPage, Table, TableConfig } from '@dokklib/core';
import { entityReader } from '../mapping/item-to-entity.js';
import type { EntityMetadata } from '../metadata/entity-metadata.js';
import { entityQuery } from './entity-query.js';
import type { EntityQueryPageOptions } from './entity-query-options.js';
import type { EntityQueryPage } from './entity-query-page.js';

/**
 * The pages of a query of entities, read by core's `Table.queryPages` one DynamoDB page at
 * a time as they are iterated; each page's signed `cursor` resumes after it. Options, key
 * and cursor are checked when called, before anything is sent.
 * @throws {InvalidCursorError} for a cursor that is not one of this query's.
 * @throws {ValidationError} for a `pageSize` or `limit` that is not a positive integer.
 */
export function entityQueryPages<T extends object>(
  table: Table,
  metadata: EntityMetadata<T>,
  key: object,
  options: EntityQueryPageOptions<object> = {},
): AsyncIterable<EntityQueryPage<T>> {
  const query = entityQuery(table.config, metadata, key, options);
  return entityPages(table.config, metadata, table.queryPages(query.pk, query.options));
}

async function* entityPages<T extends object>(
  config: TableConfig,
  metadata: EntityMetadata<T>,
  pages: AsyncIterable<QueryPage>,
): AsyncGenerator<EntityQueryPage<T>, void, undefined> {
  const read = entityReader(config, metadata);
  for await (const page of pages) {
    yield {
      items: page.items.map(read),
      cursor: page.cursor,
    };
  }
}
