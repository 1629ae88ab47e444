import { validationError } from '../errors/simulation-errors.js';

/** The parameters DynamoDB kept from before expressions, and the expression that replaced each. */
const LEGACY_PARAMETERS: Readonly<Record<string, string>> = {
  AttributesToGet: 'ProjectionExpression',
  AttributeUpdates: 'UpdateExpression',
  Expected: 'ConditionExpression',
  KeyConditions: 'KeyConditionExpression',
  QueryFilter: 'FilterExpression',
  ScanFilter: 'FilterExpression',
  ConditionalOperator: 'ConditionExpression or FilterExpression',
};
const EXPRESSION_PARAMETERS = [
  'ProjectionExpression',
  'UpdateExpression',
  'ConditionExpression',
  'KeyConditionExpression',
  'FilterExpression',
];

/**
 * Refuses the legacy parameters (`Expected`, `AttributesToGet`, `KeyConditions`…): beside
 * an expression with DynamoDB's message; alone with the store's own, since it does not
 * simulate them, so that none is ever ignored (an ignored `Expected` would let a write
 * through that DynamoDB refuses).
 * @throws {DynamoDBSimulationError} ValidationException naming the parameter.
 */
export function refuseLegacyParameters(input: object): void {
  const given = (name: string) => (input as Record<string, unknown>)[name] !== undefined;
  const legacy = Object.keys(LEGACY_PARAMETERS).filter(given);
  if (legacy.length === 0) return;
  const expressions = EXPRESSION_PARAMETERS.filter(given);
  if (expressions.length > 0) {
    throw validationError(
      `Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {${legacy.join(', ')}} Expression parameters: {${expressions.join(', ')}}`,
    );
  }
  const [first] = legacy as [string];
  throw validationError(
    `The in-memory DynamoDB does not simulate the legacy parameter ${first}: write a ${LEGACY_PARAMETERS[first]} instead`,
  );
}
