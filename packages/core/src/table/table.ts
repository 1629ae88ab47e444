import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { UpdateChanges } from '../expressions/update-changes.js';
import type { Attributes, Item } from '../items/item.js';
import { stripKeyPrefixes } from '../items/strip-key-prefixes.js';
import type { PartitionKey } from '../keys/partition-key.js';
import type { PrefixSortKey } from '../keys/prefix-sort-key.js';
import type { SortKey } from '../keys/sort-key.js';
import type { DeleteOptions } from '../operations/delete/delete-options.js';
import type { GetOptions } from '../operations/get/get-options.js';
import { describeKey } from '../operations/item-key.js';
import type { PutOptions } from '../operations/put/put-options.js';
import type { QueryPrefixOptions } from '../operations/query/query-prefix-options.js';
import type { TransactWriteArg } from '../operations/transact-write/transact-write-arg.js';
import type {
  TransactWriteOptions,
  TransactWriteResult,
} from '../operations/transact-write/transact-write-options.js';
import type { UpdateOptions } from '../operations/update/update-options.js';
import { CommandRunner } from './command-runner.js';
import { toDocumentClient } from './document-client.js';
import { type TableConfig, tableConfig } from './table-config.js';
import type { TableOptions } from './table-options.js';
import { TableRequests } from './table-requests.js';

/**
 * A DynamoDB table laid out for the single-table pattern: items keyed by entity-named
 * keys (`USER#alice`), an inverse index, typed errors.
 *
 * Every method maps SDK errors to dokklib errors (`ConditionalCheckFailedError`,
 * `TransactionCanceledError`, `CapacityError`…) and checks its input before sending.
 * `table.requests` builds the same requests without sending them.
 */
export class Table {
  /** The document client requests are sent with. */
  readonly client: DynamoDBDocumentClient;
  /** The table's layout with defaults applied. */
  readonly config: TableConfig;
  /** Builds each operation's SDK input without sending it. */
  readonly requests: TableRequests;
  /** Sends requests, maps errors and tells the logger; for operations built on the table. */
  readonly runner: CommandRunner;

  constructor(tableName: string, options: TableOptions) {
    this.client = toDocumentClient(options.client);
    this.config = tableConfig(tableName, options);
    this.requests = new TableRequests(this.config);
    this.runner = new CommandRunner((item) => this.decodeItem(item), options.logger);
  }

  /** The table's name. */
  get name(): string {
    return this.config.tableName;
  }

  /**
   * Writes a new item.
   * @throws {ConditionalCheckFailedError} if an item with this key exists.
   */
  async insert(pk: PartitionKey, sk: SortKey, attributes?: Attributes): Promise<void> {
    const input = this.requests.insert(pk, sk, attributes);
    await this.runner.run({
      operation: `insert of ${describeKey(pk, sk)}`,
      command: 'PutItem',
      input,
      send: () => this.client.send(new PutCommand(input)),
    });
  }

  /** Writes an item, replacing any item with the same key unless `allowOverwrite` is `false`. */
  async put(
    pk: PartitionKey,
    sk: SortKey,
    attributes?: Attributes,
    options?: PutOptions,
  ): Promise<void> {
    const input = this.requests.put(pk, sk, attributes, options);
    await this.runner.run({
      operation: `put of ${describeKey(pk, sk)}`,
      command: 'PutItem',
      input,
      send: () => this.client.send(new PutCommand(input)),
    });
  }

  /** Reads one item, or `undefined` if there is none. Key attributes come back without prefixes. */
  async get(pk: PartitionKey, sk: SortKey, options?: GetOptions): Promise<Item | undefined> {
    const input = this.requests.get(pk, sk, options);
    const output = await this.runner.run({
      operation: `get of ${describeKey(pk, sk)}`,
      command: 'GetItem',
      input,
      send: () => this.client.send(new GetCommand(input)),
    });
    return output.Item === undefined ? undefined : this.decodeItem(output.Item);
  }

  /**
   * Changes attributes of an item (creating it unless `mustExist`), and returns what
   * `returnValues` asks for.
   * @throws {ConditionalCheckFailedError} if the condition or `mustExist` fails.
   */
  async update(
    pk: PartitionKey,
    sk: SortKey,
    changes: UpdateChanges,
    options?: UpdateOptions,
  ): Promise<Item | undefined> {
    const input = this.requests.update(pk, sk, changes, options);
    const output = await this.runner.run({
      operation: `update of ${describeKey(pk, sk)}`,
      command: 'UpdateItem',
      input,
      send: () => this.client.send(new UpdateCommand(input)),
    });
    return output.Attributes === undefined ? undefined : this.decodeItem(output.Attributes);
  }

  /**
   * Deletes an item. Deleting a missing item succeeds unless `idempotent` is `false`.
   * @throws {ConditionalCheckFailedError} if the condition fails or a non-idempotent delete finds no item.
   */
  async delete(pk: PartitionKey, sk: SortKey, options?: DeleteOptions): Promise<void> {
    const input = this.requests.delete(pk, sk, options);
    await this.runner.run({
      operation: `delete of ${describeKey(pk, sk)}`,
      command: 'DeleteItem',
      input,
      send: () => this.client.send(new DeleteCommand(input)),
    });
  }

  /**
   * Reads every item whose partition key is `pk` and whose sort key starts with `prefix`,
   * following pages until all are read or `limit` is reached. By default only the index's
   * sort key attribute is read, without its prefix: `[{ PK: 'alice' }, { PK: 'bob' }]`.
   */
  async queryPrefix(
    pk: PartitionKey,
    prefix: PrefixSortKey,
    options: QueryPrefixOptions = {},
  ): Promise<Item[]> {
    const items: Item[] = [];
    let exclusiveStartKey: Item | undefined;
    do {
      const remaining = options.limit === undefined ? undefined : options.limit - items.length;
      const input = this.requests.queryPrefix(pk, prefix, options, {
        exclusiveStartKey,
        limit: remaining,
      });
      const output = await this.runner.run({
        operation: `query of ${String(pk)} / ${String(prefix)}`,
        command: 'Query',
        input,
        send: () => this.client.send(new QueryCommand(input)),
      });
      for (const item of output.Items ?? []) items.push(this.decodeItem(item));
      exclusiveStartKey = output.LastEvaluatedKey;
    } while (
      exclusiveStartKey !== undefined &&
      (options.limit === undefined || items.length < options.limit)
    );
    return items;
  }

  /**
   * Applies up to 100 writes and condition checks atomically: all or none.
   * @throws {TransactionCanceledError} with one reason per argument if DynamoDB cancels it.
   */
  async transactWriteItems(
    args: readonly TransactWriteArg[],
    options?: TransactWriteOptions,
  ): Promise<TransactWriteResult> {
    const input = this.requests.transactWriteItems(args, options);
    await this.runner.run({
      operation: `transaction of ${args.length} actions`,
      command: 'TransactWriteItems',
      input,
      send: () => this.client.send(new TransactWriteCommand(input)),
      transactionArguments: args,
    });
    return { clientRequestToken: input.ClientRequestToken };
  }

  /** An item as callers see it: key attributes without entity prefixes. */
  decodeItem(item: Item): Item {
    return stripKeyPrefixes(item, this.config.keyAttributes);
  }
}
