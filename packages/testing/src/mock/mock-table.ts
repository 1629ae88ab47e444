import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Table, type TableOptions } from '@dokklib/core';
import { EntityManager } from '@dokklib/decorators';
import { mockClient } from 'aws-sdk-client-mock';
import type { DocumentClientStub } from './document-client-stub.js';
import { answerEmptyByDefault } from './empty-answers.js';
import type { MockBackend } from './mock-backend.js';
import { offlineClient } from './offline-client.js';
import { bindStubToTable } from './stub-table-config.js';

/** Options of {@link mockTable}. */
export interface MockTableOptions {
  /** The table name in requests; `'table'` by default. */
  readonly tableName?: string;
  /** The table's layout, clock, timestamps…, as for `new Table` (the client is the mock's). */
  readonly tableOptions?: Omit<TableOptions, 'client'>;
  /**
   * Answers the commands (e.g. an in-memory DynamoDB). Without it, gets find no item and
   * queries no items until stubbed otherwise, and other commands answer `undefined`.
   */
  readonly backend?: MockBackend;
}

/** A table and entity manager over a mocked document client of their own. */
export interface MockedTable {
  readonly table: Table;
  readonly entities: EntityManager;
  /** The mocked client, a new instance for each `mockTable` call. */
  readonly client: DynamoDBDocumentClient;
  /** The `aws-sdk-client-mock` stub of `client`, for full control. */
  readonly stub: DocumentClientStub;
  /** Forgets the stub's behaviours and recorded calls, then answers as `mockTable` set it up. */
  reset(): void;
  /** Gives `client` back its real `send` (which would reach the network). */
  restore(): void;
}

/**
 * A `Table` and an `EntityManager` wired to a mocked `DynamoDBDocumentClient` that nothing
 * else shares, so stubs never leak between tests: `const { entities, stub } = mockTable()`.
 */
export function mockTable(options: MockTableOptions = {}): MockedTable {
  const client = DynamoDBDocumentClient.from(offlineClient(), {
    marshallOptions: { removeUndefinedValues: true },
  });
  const stub = mockClient(client);
  const table = new Table(options.tableName ?? 'table', { ...options.tableOptions, client });
  bindStubToTable(stub, table.config);
  const answer = (): void => {
    if (options.backend !== undefined) return options.backend.attach(stub);
    answerEmptyByDefault(stub, 'get');
    answerEmptyByDefault(stub, 'query');
  };
  answer();
  return {
    table,
    entities: new EntityManager(table),
    client,
    stub,
    reset: () => {
      stub.reset();
      answer();
    },
    restore: () => stub.restore(),
  };
}
