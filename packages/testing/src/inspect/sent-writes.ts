import {
  BatchWriteCommand,
  type BatchWriteCommandInput,
  DeleteCommand,
  PutCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DocumentClientStub } from '../mock/document-client-stub.js';
import { tableConfigOf } from '../mock/stub-table-config.js';
import { decodeWrite, type WriteInput, type WriteRequest } from './decode-write.js';
import type { EntityAction } from './entity-action.js';
import { EntityDecoder } from './entity-decoder.js';

/**
 * Every write the stub received, in entity terms and in the order sent: single puts,
 * updates and deletes, the writes of batches, and the actions of transactions. A request
 * is listed whether or not the stub made it fail.
 */
export function sentWrites(stub: DocumentClientStub): EntityAction[] {
  const decoder = new EntityDecoder(tableConfigOf(stub));
  return stub
    .calls()
    .flatMap((call) => writeRequestsOf(call.args[0]).map((r) => decodeWrite(decoder, r)));
}

/**
 * The actions of each `TransactWriteItems` request the stub received (one per committed
 * unit of work), in entity terms: `[[{ action: 'insert', entity: Membership {…} }, …], …]`.
 * A transaction is listed whether or not the stub made it fail.
 */
export function committedUnitsOfWork(stub: DocumentClientStub): EntityAction[][] {
  const decoder = new EntityDecoder(tableConfigOf(stub));
  return stub
    .calls()
    .filter((call) => (call.args[0] as object).constructor.name === TransactWriteCommand.name)
    .map((call) => writeRequestsOf(call.args[0]).map((r) => decodeWrite(decoder, r)));
}

/**
 * The write requests of a command, told by its class name so that a second copy of
 * `@aws-sdk/lib-dynamodb` in `node_modules` does not hide them.
 */
function writeRequestsOf(command: unknown): WriteRequest[] {
  const input = (command as { input?: unknown }).input as Record<string, unknown> | undefined;
  if (typeof command !== 'object' || command === null || input === undefined) return [];
  switch (command.constructor.name) {
    case PutCommand.name:
      return [{ Put: input as WriteInput }];
    case UpdateCommand.name:
      return [{ Update: input as WriteInput }];
    case DeleteCommand.name:
      return [{ Delete: input as WriteInput }];
    case TransactWriteCommand.name:
      return (input as TransactWriteCommandInput).TransactItems ?? [];
    case BatchWriteCommand.name:
      return batchRequests(input as BatchWriteCommandInput);
    default:
      return [];
  }
}

function batchRequests(input: BatchWriteCommandInput): WriteRequest[] {
  return Object.values(input.RequestItems ?? {}).flatMap((requests) =>
    requests.flatMap((request): WriteRequest[] => {
      if (request.PutRequest?.Item !== undefined)
        return [{ Put: { Item: request.PutRequest.Item } }];
      if (request.DeleteRequest?.Key !== undefined) {
        return [{ Delete: { Key: request.DeleteRequest.Key } }];
      }
      return [];
    }),
  );
}
