import type {
  DeleteCommandInput,
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  TransactWriteCommandInput,
  UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { UpdateChanges } from '../expressions/update-changes.js';
import type { Attributes } from '../items/item.js';
import type { PartitionKey } from '../keys/partition-key.js';
import type { PrefixSortKey } from '../keys/prefix-sort-key.js';
import type { SortKey } from '../keys/sort-key.js';
import { deleteInput } from '../operations/delete/delete-input.js';
import type { DeleteOptions } from '../operations/delete/delete-options.js';
import { getInput } from '../operations/get/get-input.js';
import type { GetOptions } from '../operations/get/get-options.js';
import { putInput } from '../operations/put/put-input.js';
import type { PutOptions } from '../operations/put/put-options.js';
import { type QueryPage, queryPrefixInput } from '../operations/query/query-prefix-input.js';
import type { QueryPrefixOptions } from '../operations/query/query-prefix-options.js';
import type { TransactWriteArg } from '../operations/transact-write/transact-write-arg.js';
import { transactWriteInput } from '../operations/transact-write/transact-write-input.js';
import type { TransactWriteOptions } from '../operations/transact-write/transact-write-options.js';
import { updateInput } from '../operations/update/update-input.js';
import type { UpdateOptions } from '../operations/update/update-options.js';
import type { TableConfig } from './table-config.js';

/**
 * Builds the exact SDK input of each `Table` operation without sending it, for
 * debugging, logging and tests. Input errors are thrown here, as the operation would.
 */
export class TableRequests {
  constructor(private readonly config: TableConfig) {}

  /** The `PutItem` input of `Table.insert`. */
  insert(pk: PartitionKey, sk: SortKey, attributes?: Attributes): PutCommandInput {
    return this.withCapacity(putInput(this.config, pk, sk, attributes, { allowOverwrite: false }));
  }

  /** The `PutItem` input of `Table.put`. */
  put(
    pk: PartitionKey,
    sk: SortKey,
    attributes?: Attributes,
    options?: PutOptions,
  ): PutCommandInput {
    return this.withCapacity(putInput(this.config, pk, sk, attributes, options));
  }

  /** The `GetItem` input of `Table.get`. */
  get(pk: PartitionKey, sk: SortKey, options?: GetOptions): GetCommandInput {
    return this.withCapacity(getInput(this.config, pk, sk, options));
  }

  /** The `UpdateItem` input of `Table.update`. */
  update(
    pk: PartitionKey,
    sk: SortKey,
    changes: UpdateChanges,
    options?: UpdateOptions,
  ): UpdateCommandInput {
    return this.withCapacity(updateInput(this.config, pk, sk, changes, options));
  }

  /** The `DeleteItem` input of `Table.delete`. */
  delete(pk: PartitionKey, sk: SortKey, options?: DeleteOptions): DeleteCommandInput {
    return this.withCapacity(deleteInput(this.config, pk, sk, options));
  }

  /** The `Query` input of one page of `Table.queryPrefix` (the first page by default). */
  queryPrefix(
    pk: PartitionKey,
    prefix: PrefixSortKey,
    options?: QueryPrefixOptions,
    page?: QueryPage,
  ): QueryCommandInput {
    return this.withCapacity(queryPrefixInput(this.config, pk, prefix, options, page));
  }

  /** The `TransactWriteItems` input of `Table.transactWriteItems`. */
  transactWriteItems(
    args: readonly TransactWriteArg[],
    options?: TransactWriteOptions,
  ): TransactWriteCommandInput & { ClientRequestToken: string } {
    return this.withCapacity(transactWriteInput(this.config, args, options));
  }

  /** Asks for consumed capacity when the table has a logger to report it to. */
  private withCapacity<Input extends object>(input: Input): Input {
    const capacity = this.config.returnConsumedCapacity;
    return capacity === undefined ? input : { ...input, ReturnConsumedCapacity: capacity };
  }
}
