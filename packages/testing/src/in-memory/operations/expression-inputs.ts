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

/** The placeholder maps of a request. */
export interface ExpressionAttributes {
  readonly ExpressionAttributeNames?: Record<string, string>;
  readonly ExpressionAttributeValues?: Record<string, AttributeValue>;
}

/** A request's placeholder maps as the expression engine takes them. */
export function expressionInputs(input: ExpressionAttributes): ExpressionInputs {
  return { names: input.ExpressionAttributeNames, values: input.ExpressionAttributeValues };
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
