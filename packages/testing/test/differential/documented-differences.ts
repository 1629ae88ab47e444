import type { Operation } from './differential-operations.js';
import type { Outcome } from './differential-runner.js';

/**
 * Where DynamoDB Local departs from DynamoDB's documented behaviour, and the in-memory
 * DynamoDB follows the documentation. Returns the difference's name when the two outcomes
 * differ only by it.
 */
export function documentedDifference(
  operation: Operation,
  local: Outcome,
  memory: Outcome,
): string | undefined {
  if (
    operation.kind === 'transact' &&
    isValidationException(local) &&
    isValidationCancellation(memory)
  ) {
    // TransactWriteItems API reference, CancellationReasons: an update whose document path is
    // invalid for the item (or an operand of the wrong type) cancels the transaction with the
    // reason `ValidationError`; DynamoDB Local throws a plain ValidationException instead.
    return 'transaction-validation-error-reason';
  }
  return undefined;
}

function isValidationException(outcome: Outcome): boolean {
  return (
    'error' in outcome && (outcome.error as { sdkName?: string }).sdkName === 'ValidationException'
  );
}

function isValidationCancellation(outcome: Outcome): boolean {
  if (!('error' in outcome)) return false;
  const reasons = (outcome.error as { reasons?: { code: string }[] }).reasons ?? [];
  return reasons.some((reason) => reason.code === 'ValidationError');
}
