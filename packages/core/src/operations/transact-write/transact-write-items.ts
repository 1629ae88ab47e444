import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { BareTable, TableLayout } from '../../table/bare-table.js';
import { withConsumedCapacity } from '../consumed-capacity-field.js';
import type { TransactWriteArg } from './transact-write-arg.js';
import { transactWriteInput } from './transact-write-input.js';
import type { TransactWriteOptions, TransactWriteResult } from './transact-write-options.js';

/**
 * Applies up to 100 writes and condition checks atomically: all or none
 * (`Table.transactWriteItems` as a function).
 * @throws {TransactionCanceledError} with one reason per argument if DynamoDB cancels it.
 */
export async function transactWriteItems(
  table: BareTable,
  args: readonly TransactWriteArg[],
  options?: TransactWriteOptions,
): Promise<TransactWriteResult> {
  const input = transactWriteItemsRequest(table, args, options);
  await table.runner.run({
    operation: `transaction of ${args.length} actions`,
    command: 'TransactWriteItems',
    input,
    send: () => table.client.send(new TransactWriteCommand(input)),
    transactionArguments: args,
  });
  return { clientRequestToken: input.ClientRequestToken };
}

/** The `TransactWriteItems` input of {@link transactWriteItems}, without sending it. */
export function transactWriteItemsRequest(
  table: TableLayout,
  args: readonly TransactWriteArg[],
  options?: TransactWriteOptions,
): TransactWriteCommandInput & { ClientRequestToken: string } {
  return withConsumedCapacity(table.config, transactWriteInput(table.config, args, options));
}
