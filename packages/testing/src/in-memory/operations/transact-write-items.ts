import type {
  TransactWriteItemsCommandInput,
  TransactWriteItemsCommandOutput,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBSimulationError, type Item } from '../expressions/index.js';
import {
  type CancellationReason,
  TransactionCancellation,
  validationError,
} from '../errors/simulation-errors.js';
import { copyOptionalItem } from '../store/copy-item.js';
import { keyString } from '../store/item-key.js';
import type { MemoryTables } from '../store/memory-tables.js';
import type { RequestTokens } from '../store/request-tokens.js';
import { holds } from './expression-inputs.js';
import type { OperationOutput } from './operation-output.js';
import { type TransactWriteAction, transactWriteAction } from './transact-write-action.js';
import { checkTransactionSize } from './transaction-items.js';

/**
 * DynamoDB's `TransactWriteItems`: up to 100 writes and condition checks, all applied or
 * none. A failed condition cancels the transaction with one reason per action, in order.
 * A `ClientRequestToken` seen within 10 minutes with the same input is not applied again.
 */
export function transactWriteItems(
  tables: MemoryTables,
  input: TransactWriteItemsCommandInput,
  tokens: RequestTokens,
  now: Date,
): OperationOutput<TransactWriteItemsCommandOutput> {
  const entries = input.TransactItems ?? [];
  checkTransactionSize(entries.length);
  const fingerprint = fingerprintOf(input);
  if (tokens.seen(input.ClientRequestToken, fingerprint, now)) return {};
  const actions = entries.map((entry) => transactWriteAction(tables, entry));
  checkOneActionPerItem(actions);
  const results = actions.map(evaluate);
  if (results.some((result) => result.reason.Code !== 'None')) {
    throw new TransactionCancellation(results.map((result) => result.reason));
  }
  results.forEach((result, index) => apply(actions[index], result.after));
  tokens.remember(input.ClientRequestToken, fingerprint, now);
  return {};
}

interface Evaluated {
  readonly reason: CancellationReason;
  readonly after: Item | undefined | 'unchanged';
}

function evaluate(action: TransactWriteAction): Evaluated {
  const existing = action.table.get(action.key);
  if (!holds(action.condition, existing, action.inputs)) {
    const item = action.onFailure === 'ALL_OLD' ? copyOptionalItem(existing) : undefined;
    return {
      reason: {
        Code: 'ConditionalCheckFailed',
        // DynamoDB Local ends the message with a period where a ConditionCheck returns the item.
        Message: `The conditional request failed${action.kind === 'ConditionCheck' && item !== undefined ? '.' : ''}`,
        ...(item === undefined ? {} : { Item: item }),
      },
      after: 'unchanged',
    };
  }
  try {
    return { reason: { Code: 'None' }, after: action.write(existing) };
  } catch (error) {
    if (!(error instanceof DynamoDBSimulationError) || error.name !== 'ValidationException')
      throw error;
    return { reason: { Code: 'ValidationError', Message: error.message }, after: 'unchanged' };
  }
}

function apply(action: TransactWriteAction, after: Item | undefined | 'unchanged'): void {
  if (after === 'unchanged') return;
  if (after === undefined) action.table.delete(action.key);
  else action.table.put(after);
}

function checkOneActionPerItem(actions: readonly TransactWriteAction[]): void {
  const seen = new Set<string>();
  for (const { table, key } of actions) {
    const id = `${table.schema.tableName}\u0000${keyString(table.schema, key)}`;
    if (seen.has(id)) {
      throw validationError('Transaction request cannot include multiple operations on one item');
    }
    seen.add(id);
  }
}

function fingerprintOf(input: TransactWriteItemsCommandInput): string {
  const { ClientRequestToken: _token, ReturnConsumedCapacity: _capacity, ...rest } = input;
  return JSON.stringify(rest, (_key, value: unknown) =>
    value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value,
  );
}
