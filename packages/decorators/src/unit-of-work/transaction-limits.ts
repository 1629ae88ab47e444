import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import {
  type Item,
  ItemTooLargeError,
  itemSizeBytes,
  MAX_ITEM_BYTES,
  MAX_TRANSACTION_ACTIONS,
  MAX_TRANSACTION_BYTES,
  RequestTooLargeError,
} from '@dokklib/core';
import { DuplicateItemActionError } from '../errors/duplicate-item-action-error.js';
import { TooManyActionsError } from '../errors/too-many-actions-error.js';
import type { ChangeSet } from './change-set.js';

/**
 * Checks the change sets of a commit against DynamoDB's transaction limits.
 * @throws {TooManyActionsError} over 100 actions; {DuplicateItemActionError} for two on one item.
 */
export function checkChangeSets(changeSets: readonly ChangeSet[]): void {
  if (changeSets.length > MAX_TRANSACTION_ACTIONS) {
    throw new TooManyActionsError(
      `The unit of work holds ${changeSets.length} actions; one transaction takes at most ${MAX_TRANSACTION_ACTIONS}. Commit in parts.`,
    );
  }
  const seen = new Map<string, ChangeSet>();
  for (const changeSet of changeSets) {
    const first = seen.get(changeSet.itemKey);
    if (first !== undefined) {
      throw new DuplicateItemActionError(
        `${String(first)} and ${String(changeSet)} touch the same item; DynamoDB allows one action per item in a transaction.`,
      );
    }
    seen.set(changeSet.itemKey, changeSet);
  }
}

/**
 * Checks the request a commit would send: each written item (for updates, the changed
 * attributes with the key), sized by core's `itemSizeBytes`, under 400 KB, and their sum
 * under 4 MB (DynamoDB's limit on a transaction's aggregate item size).
 * @throws {ItemTooLargeError} or {RequestTooLargeError} (core's).
 */
export function checkRequestSize(
  input: TransactWriteCommandInput,
  changeSets: readonly ChangeSet[],
): void {
  let total = 0;
  (input.TransactItems ?? []).forEach((action, index) => {
    const size = writtenSize(action);
    total += size;
    if (size > MAX_ITEM_BYTES) {
      throw new ItemTooLargeError(
        `${String(changeSets[index])} writes an item of about ${size} bytes; DynamoDB allows ${MAX_ITEM_BYTES}.`,
      );
    }
  });
  if (total > MAX_TRANSACTION_BYTES) {
    throw new RequestTooLargeError(
      `The transaction's items are about ${total} bytes; DynamoDB allows ${MAX_TRANSACTION_BYTES}. Commit in parts.`,
    );
  }
}

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** The size of what an action writes: a put's item, an update's key and values (as one item). */
function writtenSize(action: TransactItem): number {
  if (action.Put?.Item !== undefined) return itemSizeBytes(action.Put.Item);
  if (action.Update === undefined) return 0;
  const key: Item = action.Update.Key ?? {};
  const values: Item = action.Update.ExpressionAttributeValues ?? {};
  // The size is a sum over attributes: the two parts are measured apart unless a name is in both.
  if (Object.keys(key).some((name) => Object.hasOwn(values, name))) {
    return itemSizeBytes({ ...key, ...values });
  }
  return itemSizeBytes(key) + itemSizeBytes(values);
}
