import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Item } from '../items/item.js';
import { stripKeyPrefixes } from '../items/strip-key-prefixes.js';
import { CommandRunner } from './command-runner.js';
import { toDocumentClient } from './document-client.js';
import { type TableConfig, tableConfig } from './table-config.js';
import type { TableOptions } from './table-options.js';

/**
 * A table without operation methods: its name, layout, client and runner. Send operations
 * with the functions of the same names (`insertItem(table, pk, sk, attributes)`,
 * `query(table, pk, options)`…), so that a bundler keeps only the operations a program
 * imports, as the AWS SDK's `DynamoDBClient` and its commands do. {@link Table} is a
 * `BareTable` with every operation as a method; the functions accept either.
 */
export class BareTable {
  /** The document client requests are sent with. */
  readonly client: DynamoDBDocumentClient;
  /** The table's layout with defaults applied. */
  readonly config: TableConfig;
  /** Sends requests, maps errors and tells the logger; for operations built on the table. */
  readonly runner: CommandRunner;

  constructor(tableName: string, options: TableOptions) {
    this.client = toDocumentClient(options.client);
    this.config = tableConfig(tableName, options);
    this.runner = new CommandRunner((item) => this.decodeItem(item), options.logger);
  }

  /** The table's name. */
  get name(): string {
    return this.config.tableName;
  }

  /** An item as callers see it: key attributes without entity prefixes. */
  decodeItem(item: Item): Item {
    return stripKeyPrefixes(item, this.config.keyAttributes);
  }
}

/**
 * What request builders read of a table: its layout. A {@link BareTable}, a {@link Table},
 * or `{ config }` with a `TableConfig` of its own.
 */
export interface TableLayout {
  /** The table's layout with defaults applied. */
  readonly config: TableConfig;
}
