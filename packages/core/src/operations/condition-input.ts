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
  const present = conditions.filter((c): c is Condition => c !== undefined);
  if (present.some((c) => !(c instanceof Condition))) {
    throw new ValidationError('A condition must be a Condition, built with attr(...).');
  }
  if (present.length === 0) return {};
  return {
    ConditionExpression: compileCondition(and(...present), context),
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
  };
}
