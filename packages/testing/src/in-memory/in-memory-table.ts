import { offlineClient } from '../mock/offline-client.js';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Table, type TableOptions } from '@dokklib/core';
import { mockClient } from 'aws-sdk-client-mock';
import type { DocumentClientStub } from '../mock/document-client-stub.js';
import { InMemoryDynamoDB } from './in-memory-dynamodb.js';

/** Options of {@link inMemoryTable}: a core `Table`'s options, all optional, and the store. */
export interface InMemoryTableOptions extends Partial<TableOptions> {
  /** The table's name; `'test-table'` by default. */
  readonly tableName?: string;
  /** The store to create the table in; a new one by default. */
  readonly db?: InMemoryDynamoDB;
}

/** What {@link inMemoryTable} returns. */
export interface InMemoryTable {
  /** A core `Table` whose requests the in-memory DynamoDB answers. */
  readonly table: Table;
  /** The in-memory DynamoDB, to inspect items or inject faults. */
  readonly db: InMemoryDynamoDB;
  /** The (mocked) document client the table sends with. */
  readonly client: DynamoDBDocumentClient;
  /** The `aws-sdk-client-mock` stub of the client, to inspect calls. */
  readonly stub: DocumentClientStub;
}

/**
 * A core `Table` over an in-memory DynamoDB in one line: creates the table as
 * `createTableInput` lays it out and serves it behind a mocked document client (by default
 * the one a `Table` builds over a `DynamoDBClient`, reading numbers losslessly).
 */
export function inMemoryTable(options: InMemoryTableOptions = {}): InMemoryTable {
  const {
    tableName = 'test-table',
    db = new InMemoryDynamoDB(),
    client: given,
    ...tableOptions
  } = options;
  const table = new Table(tableName, { client: given ?? offlineClient(), ...tableOptions });
  const stub = mockClient(table.client) as DocumentClientStub;
  db.attach(stub);
  db.createTable(table);
  return { table, db, client: table.client, stub };
}
