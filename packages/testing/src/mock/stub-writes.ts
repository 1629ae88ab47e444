import {
  BatchWriteCommand,
  DeleteCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { DocumentClientStub } from './document-client-stub.js';

/**
 * Makes every write succeed: puts, updates, deletes, batch writes (nothing unprocessed) and
 * transactions. Read what was sent with `sentWrites` or the jest matchers.
 */
export function stubWrites(stub: DocumentClientStub): void {
  stub.on(PutCommand).resolves({});
  stub.on(UpdateCommand).resolves({});
  stub.on(DeleteCommand).resolves({});
  stub.on(TransactWriteCommand).resolves({});
  stub.on(BatchWriteCommand).resolves({ UnprocessedItems: {} });
}
