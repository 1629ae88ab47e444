import { BatchWriteCommand, type BatchWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { BatchWriteError } from '../../errors/batch-write-error.js';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import { Backoff, type BackoffClock } from '../batch/backoff.js';
import { batchKeyId } from '../batch/batch-key.js';
import { incompleteMessage } from '../batch/incomplete-message.js';
import { checkConcurrency, runChunks } from '../batch/run-chunks.js';
import { chunk } from '../batch/chunk.js';
import { batchWriteInputs, MAX_BATCH_WRITE_REQUESTS, writtenKey } from './batch-write-input.js';
import { BATCH_OPTION_SHAPE } from '../batch/batch-options.js';
import { checkOptions } from '../check-options.js';
import type { BatchWriteOptions, BatchWriteResult } from './batch-write-options.js';
import type { BatchWriteRequest, BatchWriteRequestInput } from './batch-write-request.js';

/** A caller's write and its form in the request. */
interface WriteEntry {
  readonly request: BatchWriteRequest;
  readonly write: BatchWriteRequestInput;
}

/**
 * Applies the writes in `BatchWriteItem` requests of 25, `concurrency` requests at a time,
 * re-sending what DynamoDB leaves unprocessed or throttles, with backoff. Not atomic
 * (`Table.batchWrite` as a function).
 * `clock` replaces the backoff's randomness and waiting in tests.
 * @throws {ValidationError} for two writes on one item, before sending.
 * @throws {BatchWriteError} naming exactly the writes not applied, once chunks in flight finish.
 */
export async function batchWrite(
  table: BareTable,
  requests: readonly BatchWriteRequest[],
  options: BatchWriteOptions = {},
  clock?: BackoffClock,
): Promise<BatchWriteResult> {
  checkOptions(options, BATCH_OPTION_SHAPE, 'the options of batchWrite');
  const inputs = batchWriteRequests(table, requests);
  const backoff = new Backoff(options.retry, clock);
  checkConcurrency(options.concurrency);
  if (inputs.length === 0) return { requests: 0, retries: 0 };
  // The inputs hold the writes in call order and differ only in them.
  const writes = inputs.flatMap((input) => input.RequestItems?.[table.name] ?? []);
  const entries = requests.map((request, index) => ({ request, write: writes[index] }));
  const chunks = chunk(entries as WriteEntry[], MAX_BATCH_WRITE_REQUESTS);
  const outcome = await runChunks(chunks, (pending) => sendWrites(table, inputs[0], pending), {
    ...options,
    backoff,
  });
  if (outcome.unprocessed.length > 0) {
    const summary = `batchWrite applied ${outcome.processed.length} of ${requests.length} writes`;
    throw new BatchWriteError(
      incompleteMessage(summary, outcome, (e) => String(e.request)),
      {
        unprocessed: outcome.unprocessed.map((entry) => entry.request),
        processed: outcome.processed.map((entry) => entry.request),
        cause: outcome.error,
      },
    );
  }
  return { requests: outcome.requests, retries: outcome.retries };
}

/** The `BatchWriteItem` inputs of {@link batchWrite}: 25 writes each, before any retry. */
export function batchWriteRequests(
  table: TableLayout,
  requests: readonly BatchWriteRequest[],
): BatchWriteCommandInput[] {
  return batchWriteInputs(table.config, requests).map((input) =>
    withConsumedCapacity(table.config, input),
  );
}

/** Sends the entries' writes with the other fields of `template`; returns the unprocessed ones. */
async function sendWrites(
  table: BareTable,
  template: BatchWriteCommandInput | undefined,
  entries: readonly WriteEntry[],
): Promise<readonly WriteEntry[]> {
  const input = { ...template, RequestItems: { [table.name]: entries.map((e) => e.write) } };
  const output = await table.runner.run({
    operation: `batch write of ${entries.length} items`,
    command: 'BatchWriteItem',
    input,
    send: () => table.client.send(new BatchWriteCommand(input)),
  });
  const unprocessed = output.UnprocessedItems?.[table.name] ?? [];
  if (unprocessed.length === 0) return [];
  const byKey = new Map(entries.map((e) => [batchKeyId(table.config, writtenKey(e.write)), e]));
  return unprocessed.flatMap((write) => {
    const entry = byKey.get(batchKeyId(table.config, writtenKey(write)));
    return entry === undefined ? [] : [entry];
  });
}
