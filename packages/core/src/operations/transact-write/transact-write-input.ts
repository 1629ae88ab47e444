import { randomUUID } from 'node:crypto';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../../errors/validation-error.js';
import { atOneMoment, type TableConfig } from '../../table/table-config.js';
import { RequestTooLargeError } from '../../errors/request-too-large-error.js';
import { TransactWriteArg, type TransactWriteItemInput } from './transact-write-arg.js';
import type { TransactWriteOptions } from './transact-write-options.js';

/** DynamoDB's limit on the actions of one transaction. */
export const MAX_TRANSACTION_ACTIONS = 100;

/** DynamoDB's limit on the aggregate size of the items in one transaction. */
export const MAX_TRANSACTION_BYTES = 4 * 1024 * 1024;

/** DynamoDB's limit on the length of a client request token. */
const MAX_TOKEN_LENGTH = 36;

/**
 * The `TransactWriteItems` input for the arguments, in order. Every action is stamped
 * with one timestamp, taken once per transaction.
 * @throws {ValidationError} for no actions, more than 100, two actions on one item, or a
 * bad token — before anything is sent.
 */
export function transactWriteInput(
  config: TableConfig,
  args: readonly TransactWriteArg[],
  options: TransactWriteOptions = {},
): TransactWriteCommandInput & { ClientRequestToken: string } {
  checkArguments(args);
  const token = options.clientRequestToken ?? randomUUID();
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
    throw new ValidationError(
      `A client request token must be 1 to ${MAX_TOKEN_LENGTH} characters long.`,
    );
  }
  const once = atOneMoment(config);
  const items: TransactWriteItemInput[] = [];
  let bytes = 0;
  for (const arg of args) {
    const sized = arg.sizedTransactItem(once);
    items.push(sized.item);
    bytes += sized.bytes;
  }
  checkTransactionSize(bytes);
  return { TransactItems: items, ClientRequestToken: token };
}

function checkTransactionSize(size: number): void {
  if (size > MAX_TRANSACTION_BYTES) {
    throw new RequestTooLargeError(
      `The transaction's items and values are about ${size} bytes; DynamoDB allows at most ${MAX_TRANSACTION_BYTES} (4 MB) per transaction. Split it.`,
    );
  }
}

function checkArguments(args: readonly TransactWriteArg[]): void {
  if (!Array.isArray(args) || args.length === 0 || args.length > MAX_TRANSACTION_ACTIONS) {
    throw new ValidationError(
      `A transaction takes 1 to ${MAX_TRANSACTION_ACTIONS} actions; got ${Array.isArray(args) ? args.length : String(args)}.`,
    );
  }
  // Actions are chained by partition key: only actions on one partition compare sort keys.
  const lastOnPartition = new Map<string, number>();
  const previousOnPartition: number[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index];
    if (!(arg instanceof TransactWriteArg)) {
      throw new ValidationError(
        `Transaction action #${index} is not an InsertArg, PutArg, UpdateArg, DeleteArg or ConditionCheckArg.`,
      );
    }
    const partition = arg.pk.toString();
    let earlier = lastOnPartition.get(partition) ?? -1;
    previousOnPartition[index] = earlier;
    lastOnPartition.set(partition, index);
    for (; earlier >= 0; earlier = previousOnPartition[earlier] as number) {
      if ((args[earlier] as TransactWriteArg).sk.toString() === arg.sk.toString()) {
        throw new ValidationError(
          `Transaction actions #${earlier} and #${index} both touch ${String(arg.pk)} / ${String(arg.sk)}; DynamoDB allows one action per item.`,
        );
      }
    }
  }
}
