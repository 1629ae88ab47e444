import { MAX_TRANSACTION_ACTIONS } from '@dokklib/core';
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
