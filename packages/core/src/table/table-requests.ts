import type {
  BatchGetCommandInput,
  BatchWriteCommandInput,
  DeleteCommandInput,
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  ScanCommandInput,
  TransactGetCommandInput,
  TransactWriteCommandInput,
  UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { UpdateChanges } from '../expressions/update-changes.js';
import type { Attributes } from '../items/item.js';
import type { PartitionKey } from '../keys/partition-key.js';
import type { PrefixSortKey } from '../keys/prefix-sort-key.js';
import type { SortKey } from '../keys/sort-key.js';
import { batchGetInputs } from '../operations/batch-get/batch-get-input.js';
import type { BatchGetKey } from '../operations/batch-get/batch-get-key.js';
import type { BatchGetOptions } from '../operations/batch-get/batch-get-options.js';
import { batchWriteInputs } from '../operations/batch-write/batch-write-input.js';
import type { BatchWriteRequest } from '../operations/batch-write/batch-write-request.js';
import { deleteInput } from '../operations/delete/delete-input.js';
import type { DeleteOptions } from '../operations/delete/delete-options.js';
import { getInput } from '../operations/get/get-input.js';
import type { GetOptions } from '../operations/get/get-options.js';
import { putInput } from '../operations/put/put-input.js';
import type { PutOptions } from '../operations/put/put-options.js';
import { type PageRequest, withPageRequest } from '../operations/pages/page-request.js';
import { firstPageRequest } from '../operations/pages/read-pages.js';
import type { QueryPageOptions } from '../operations/query/query-options.js';
import { queryPlan } from '../operations/query/query-plan.js';
import { queryPrefixInput } from '../operations/query/query-prefix-input.js';
import type { QueryPrefixOptions } from '../operations/query/query-prefix-options.js';
import { scanInput } from '../operations/scan/scan-input.js';
import type { ScanOptions } from '../operations/scan/scan-options.js';
import { transactGetInput } from '../operations/transact-get/transact-get-input.js';
import type { TransactGetKey } from '../operations/transact-get/transact-get-key.js';
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
    page?: PageRequest,
  ): QueryCommandInput {
    return this.withCapacity(queryPrefixInput(this.config, pk, prefix, options, page));
  }

  /** The `Query` input of the first page of `Table.query` (or the page after `options.cursor`). */
  query(pk: PartitionKey, options?: QueryPageOptions): QueryCommandInput {
    const plan = queryPlan(this.config, pk, options);
    return this.withCapacity(withPageRequest(plan.input, firstPageRequest(plan.paging)));
  }

  /** The `Scan` input of the first page of one segment (`0` by default) of `Table.scan`. */
  scan(options?: ScanOptions, segment?: number): ScanCommandInput {
    const page = { limit: options?.pageSize };
    return this.withCapacity(scanInput(this.config, options, segment, page));
  }

  /** The `TransactGetItems` input of `Table.transactGetItems`. */
  transactGetItems(keys: readonly TransactGetKey[]): TransactGetCommandInput {
    return this.withCapacity(transactGetInput(this.config, keys));
  }

  /** The `TransactWriteItems` input of `Table.transactWriteItems`. */
  transactWriteItems(
    args: readonly TransactWriteArg[],
    options?: TransactWriteOptions,
  ): TransactWriteCommandInput & { ClientRequestToken: string } {
    return this.withCapacity(transactWriteInput(this.config, args, options));
  }

  /** The `BatchWriteItem` inputs of `Table.batchWrite`: 25 writes each, before any retry. */
  batchWrite(requests: readonly BatchWriteRequest[]): BatchWriteCommandInput[] {
    return batchWriteInputs(this.config, requests).map((input) => this.withCapacity(input));
  }

  /** The `BatchGetItem` inputs of `Table.batchGet`: 100 keys each, before any retry. */
  batchGet(keys: readonly BatchGetKey[], options?: BatchGetOptions): BatchGetCommandInput[] {
    return batchGetInputs(this.config, keys, options).map((input) => this.withCapacity(input));
  }

  /** Asks for consumed capacity when the table has a logger to report it to. */
  private withCapacity<Input extends object>(input: Input): Input {
    const capacity = this.config.returnConsumedCapacity;
    return capacity === undefined ? input : { ...input, ReturnConsumedCapacity: capacity };
  }
}
