import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import {
  type ConditionExpression,
  evaluateCondition,
  type ExpressionInputs,
  type Item,
  parseCondition,
  parseProjection,
  type ProjectionExpression,
  project,
} from '../expressions/index.js';
import {
  checkExpressionPresence,
  type RequestExpressions,
  type ValueExpressionName,
} from './expression-presence.js';

/** The placeholder maps of a request, and its expressions. */
export interface ExpressionAttributes extends RequestExpressions {
  readonly ExpressionAttributeValues?: Record<string, AttributeValue>;
}

/**
 * A request's placeholder maps as the expression engine takes them, after checking that they
 * come with expressions (see `checkExpressionPresence`). An operation without
 * `valueExpressions` (the reads by key) ignores `ExpressionAttributeValues`, as DynamoDB Local does.
 * @throws {DynamoDBSimulationError} ValidationException for maps without an expression.
 */
export function expressionInputs(
  input: ExpressionAttributes,
  valueExpressions: readonly ValueExpressionName[],
): ExpressionInputs {
  checkExpressionPresence(input, valueExpressions);
  const values = valueExpressions.length === 0 ? undefined : input.ExpressionAttributeValues;
  return { names: input.ExpressionAttributeNames, values };
}

/** Parses a condition (or filter) expression if the request has one. */
export function optionalCondition(text: string | undefined): ConditionExpression | undefined {
  return text === undefined ? undefined : parseCondition(text);
}

/** Parses a filter expression if the request has one. */
export function optionalFilter(text: string | undefined): ConditionExpression | undefined {
  return text === undefined ? undefined : parseCondition(text, 'FilterExpression');
}

/** Parses a projection expression if the request has one. */
export function optionalProjection(text: string | undefined): ProjectionExpression | undefined {
  return text === undefined ? undefined : parseProjection(text);
}

/** Whether the item meets the condition; no condition always holds. */
export function holds(
  condition: ConditionExpression | undefined,
  item: Item | undefined,
  inputs: ExpressionInputs,
): boolean {
  return condition === undefined || evaluateCondition(condition, item, inputs);
}

/** The item with only the projected attributes; all of them without a projection. */
export function projected(
  projection: ProjectionExpression | undefined,
  item: Item,
  inputs: ExpressionInputs,
): Item {
  return projection === undefined ? item : project(projection, item, inputs);
}
