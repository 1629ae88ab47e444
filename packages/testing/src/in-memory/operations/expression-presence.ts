import { validationError } from '../errors/simulation-errors.js';

/** The expressions a request may carry. */
export interface RequestExpressions {
  readonly ConditionExpression?: string;
  readonly FilterExpression?: string;
  readonly KeyConditionExpression?: string;
  readonly ProjectionExpression?: string;
  readonly UpdateExpression?: string;
  readonly ExpressionAttributeNames?: Record<string, string>;
  readonly ExpressionAttributeValues?: Record<string, unknown>;
}

/** The expressions of an operation that may use `ExpressionAttributeValues`, in DynamoDB's wording order. */
export type ValueExpressionName = 'UpdateExpression' | 'ConditionExpression' | 'FilterExpression';

const ALL_EXPRESSIONS = [
  'ConditionExpression',
  'FilterExpression',
  'KeyConditionExpression',
  'ProjectionExpression',
  'UpdateExpression',
] as const;

/**
 * Checks that placeholder maps come with an expression, as DynamoDB Local does: names need
 * any expression; values need one of `valueExpressions` (the operation's expressions that
 * take values; none for the reads by key, which ignore values). Runs before the maps' own checks, so an empty map fails here too.
 * @throws {DynamoDBSimulationError} ValidationException.
 */
export function checkExpressionPresence(
  input: RequestExpressions,
  valueExpressions: readonly ValueExpressionName[],
): void {
  if (
    input.ExpressionAttributeNames !== undefined &&
    ALL_EXPRESSIONS.every((name) => input[name] === undefined)
  ) {
    throw validationError('ExpressionAttributeNames can only be specified when using expressions');
  }
  if (
    input.ExpressionAttributeValues !== undefined &&
    valueExpressions.length > 0 &&
    input.KeyConditionExpression === undefined &&
    valueExpressions.every((name) => input[name] === undefined)
  ) {
    const verb = valueExpressions.length > 1 ? 'are' : 'is';
    throw validationError(
      `ExpressionAttributeValues can only be specified when using expressions: ${valueExpressions.join(' and ')} ${verb} null`,
    );
  }
}
