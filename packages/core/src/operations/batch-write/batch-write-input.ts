import type { BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../errors/validation-error.js';
import type { Item } from '../../items/item.js';
import { atOneMoment, type TableConfig } from '../../table/table-config.js';
import { checkDistinctKeys } from '../batch/batch-key.js';
import { chunk } from '../batch/chunk.js';
import { BatchWriteRequest, type BatchWriteRequestInput } from './batch-write-request.js';

/** DynamoDB's limit on the writes of one `BatchWriteItem` request. */
export const MAX_BATCH_WRITE_REQUESTS = 25;

/**
 * The `BatchWriteItem` inputs of the writes: 25 per input, in order; none for no writes.
 * Every item written gets the same creation time: the moment of the call.
 * @throws {ValidationError} for something that is not a BatchPut or BatchDelete, or two
 * writes on one item — before anything is sent.
 */
export function batchWriteInputs(
  config: TableConfig,
  requests: readonly BatchWriteRequest[],
): BatchWriteCommandInput[] {
  if (!Array.isArray(requests)) {
    throw new ValidationError(`batchWrite takes a list of writes; got ${String(requests)}.`);
  }
  const once = atOneMoment(config);
  const writes = requests.map((request, index) => writeRequest(once, request, index));
  checkDistinctKeys(config, writes.map(writtenKey), 'Batch writes');
  return chunk(writes, MAX_BATCH_WRITE_REQUESTS).map((chunkWrites) => ({
    RequestItems: { [config.tableName]: chunkWrites },
  }));
}

/** The key of the item a write request writes or deletes. */
export function writtenKey(write: BatchWriteRequestInput): Item {
  return write.PutRequest?.Item ?? write.DeleteRequest?.Key ?? {};
}

function writeRequest(
  config: TableConfig,
  request: BatchWriteRequest,
  index: number,
): BatchWriteRequestInput {
  if (!(request instanceof BatchWriteRequest)) {
    throw new ValidationError(`Batch write #${index} is not a BatchPut or BatchDelete.`);
  }
  return request.toWriteRequest(config);
}
