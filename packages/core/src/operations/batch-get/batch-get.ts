import { BatchGetCommand, type BatchGetCommandInput } from '@aws-sdk/lib-dynamodb';
import { BatchGetError } from '../../errors/batch-get-error.js';
import type { Item } from '../../items/item.js';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import { Backoff, type BackoffClock } from '../batch/backoff.js';
import { batchKeyId } from '../batch/batch-key.js';
import { chunk } from '../batch/chunk.js';
import { incompleteMessage } from '../batch/incomplete-message.js';
import { checkConcurrency, runChunks } from '../batch/run-chunks.js';
import { describeKey } from '../item-key.js';
import { batchGetInputs, MAX_BATCH_GET_KEYS, projects } from './batch-get-input.js';
import type { BatchGetKey } from './batch-get-key.js';
import type { BatchGetOptions } from './batch-get-options.js';

/** A caller's key, its position in the call and its stored form. */
interface KeyEntry {
  readonly index: number;
  readonly key: BatchGetKey;
  readonly storedKey: Item;
}

/**
 * Reads the keys' items in `BatchGetItem` requests of 100, re-sending what DynamoDB leaves
 * unprocessed or throttles, with backoff (`Table.batchGet` as a function). Items come back
 * in key order, `undefined` where there is none, key attributes without prefixes.
 * `clock` replaces the backoff's randomness and waiting in tests.
 * @throws {ValidationError} for a key named twice, before sending.
 * @throws {BatchGetError} naming exactly the keys not read, once chunks in flight finish.
 */
export async function batchGet(
  table: BareTable,
  keys: readonly BatchGetKey[],
  options: BatchGetOptions = {},
  clock?: BackoffClock,
): Promise<(Item | undefined)[]> {
  const inputs = batchGetRequests(table, keys, options);
  const backoff = new Backoff(options.retry, clock);
  checkConcurrency(options.concurrency);
  const items = new Array<Item | undefined>(keys.length).fill(undefined);
  if (inputs.length === 0) return items;
  // The inputs hold the keys in call order and differ only in them.
  const storedKeys = inputs.flatMap((input) => input.RequestItems?.[table.name]?.Keys ?? []);
  const entries = keys.map((key, index) => ({ index, key, storedKey: storedKeys[index] }));
  const read = (entry: KeyEntry, item: Item): void => {
    items[entry.index] = readItem(table, item, options);
  };
  const outcome = await runChunks(
    chunk(entries as KeyEntry[], MAX_BATCH_GET_KEYS),
    (pending) => sendKeys(table, inputs[0], pending, read),
    { ...options, backoff },
  );
  if (outcome.unprocessed.length > 0) {
    const summary = `batchGet read ${outcome.processed.length} of ${keys.length} keys`;
    const describe = (entry: KeyEntry): string => describeKey(entry.key.pk, entry.key.sk);
    throw new BatchGetError(incompleteMessage(summary, outcome, describe), {
      unprocessed: outcome.unprocessed.map((entry) => entry.key),
      processed: outcome.processed.map((entry) => ({ key: entry.key, item: items[entry.index] })),
      cause: outcome.error,
    });
  }
  return items;
}

/** Sends the entries' keys with the other fields of `template`; returns the unprocessed ones. */
/** The `BatchGetItem` inputs of {@link batchGet}: 100 keys each, before any retry. */
export function batchGetRequests(
  table: TableLayout,
  keys: readonly BatchGetKey[],
  options?: BatchGetOptions,
): BatchGetCommandInput[] {
  return batchGetInputs(table.config, keys, options).map((input) =>
    withConsumedCapacity(table.config, input),
  );
}

async function sendKeys(
  table: BareTable,
  template: BatchGetCommandInput | undefined,
  entries: readonly KeyEntry[],
  read: (entry: KeyEntry, item: Item) => void,
): Promise<readonly KeyEntry[]> {
  const fields = template?.RequestItems?.[table.name];
  const Keys = entries.map((entry) => entry.storedKey);
  const input = { ...template, RequestItems: { [table.name]: { ...fields, Keys } } };
  const output = await table.runner.run({
    operation: `batch get of ${entries.length} keys`,
    command: 'BatchGetItem',
    input,
    send: () => table.client.send(new BatchGetCommand(input)),
  });
  const byKey = new Map(entries.map((entry) => [batchKeyId(table.config, entry.storedKey), entry]));
  for (const item of output.Responses?.[table.name] ?? []) {
    const entry = byKey.get(batchKeyId(table.config, item));
    if (entry !== undefined) read(entry, item);
  }
  return (output.UnprocessedKeys?.[table.name]?.Keys ?? []).flatMap((key) => {
    const entry = byKey.get(batchKeyId(table.config, key));
    return entry === undefined ? [] : [entry];
  });
}

/** The item as the caller asked for it: key attributes read only to match it are dropped. */
function readItem(table: BareTable, item: Item, options: BatchGetOptions): Item {
  const { attributes } = options;
  if (attributes === undefined) return table.decodeItem(item);
  const result = { ...item };
  const { partitionKey, sortKey } = table.config.primaryIndex;
  for (const name of [partitionKey, sortKey]) {
    if (!projects(attributes, name)) delete result[name];
  }
  return table.decodeItem(result);
}
