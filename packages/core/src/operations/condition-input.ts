import { ValidationError } from '../errors/validation-error.js';
import { and, Condition } from '../expressions/condition.js';
import { compileCondition } from '../expressions/compile-condition.js';
import type { ExpressionContext } from '../expressions/expression-context.js';

/** The condition fields of a write request. */
export interface ConditionFields {
  ConditionExpression?: string;
  ReturnValuesOnConditionCheckFailure?: 'ALL_OLD';
}

/**
 * The `ConditionExpression` of a write, from the conditions that must all hold. When a
 * write is conditional, DynamoDB is asked to return the current item if the check fails.
 */
export function conditionFields(
  conditions: readonly (Condition | undefined)[],
  context: ExpressionContext,
): ConditionFields {
  let present = 0;
  for (const condition of conditions) {
    if (condition === undefined) continue;
    if (!(condition instanceof Condition)) {
      throw new ValidationError('A condition must be a Condition, built with attr(...).');
    }
    present += 1;
  }
  if (present === 0) return {};
  // One condition compiles as it is (`and` of one would give the same expression).
  const condition =
    present === 1
      ? (conditions.find((c) => c !== undefined) as Condition)
      : and(...conditions.filter((c): c is Condition => c !== undefined));
  return {
    ConditionExpression: compileCondition(condition, context),
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
  };
}
