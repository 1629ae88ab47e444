/**
 * DynamoDB's expression language for the in-memory DynamoDB: condition, filter, key condition,
 * update and projection expressions over marshalled `AttributeValue`s, with DynamoDB Local's
 * semantics and error messages.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { parseConditionTree } from './condition-parser.js';
import type { Item } from './item.js';
import { type KeySchema, keyParts, splitKeyParts, type SortKeyOperator } from './key-condition.js';
import {
  type ExpressionInputs,
  ParsedCondition,
  ParsedProjection,
  ParsedUpdate,
  type Placeholders,
} from './parsed-expressions.js';
import { checkRequestPlaceholders, placeholdersOf } from './placeholders.js';
import { projectItem } from './projection.js';
import { TokenStream } from './token-stream.js';

export { canonicalNumber } from './decimal.js';
export { DynamoDBSimulationError } from './dynamodb-simulation-error.js';
export { validateAttributes, validateAttributeValue } from './attribute-value-validation.js';
export { beginsWith, compareValues, valuesEqual } from './value-ordering.js';
export { storedText, utf8Size } from './stored-text.js';
export type { ExpressionInputs, Placeholders, KeySchema };
export type { Item };

/** A parsed condition (or filter) expression. */
export interface ConditionExpression {
  readonly placeholders: Placeholders;
}

/** A parsed update expression. */
export interface UpdateExpression {
  readonly placeholders: Placeholders;
}

/** A parsed projection expression. */
export interface ProjectionExpression {
  readonly placeholders: Placeholders;
}

/** A resolved key condition expression. */
export interface KeyCondition {
  readonly placeholders: Placeholders;
  partition: { name: string; value: AttributeValue };
  sort?: { name: string; operator: SortKeyOperator; values: AttributeValue[] };
}

/**
 * Parses a condition expression, or a filter expression with `kind: 'FilterExpression'` (only
 * the error prefix differs). Throws a ValidationException for a syntax error or reserved word.
 */
export function parseCondition(
  text: string,
  kind: 'ConditionExpression' | 'FilterExpression' = 'ConditionExpression',
): ConditionExpression {
  return new ParsedCondition(text, kind);
}

/** Parses an update expression (SET / REMOVE / ADD / DELETE, each clause at most once). */
export function parseUpdate(text: string): UpdateExpression {
  return new ParsedUpdate(text);
}

/** Parses a projection expression: comma-separated document paths. */
export function parseProjection(text: string): ProjectionExpression {
  return new ParsedProjection(text);
}

/**
 * Parses a key condition and resolves its names and values. Pass the key schema to tell the
 * partition key from the sort key when both use `=` (without it, the first `=` is the partition).
 */
export function parseKeyCondition(
  text: string,
  inputs: ExpressionInputs,
  schema?: KeySchema,
): KeyCondition {
  const stream = new TokenStream(text, 'KeyConditionExpression');
  const parts = keyParts(parseConditionTree(stream), stream, inputs.names, inputs.values);
  const { partition, sort } = splitKeyParts(parts, schema);
  const condition: KeyCondition = {
    placeholders: placeholdersOf(text),
    partition: { name: partition.name, value: partition.values[0] as AttributeValue },
  };
  if (sort !== undefined) condition.sort = sort;
  return condition;
}

/** Whether the item (undefined when it does not exist) satisfies the condition. */
export function evaluateCondition(
  expr: ConditionExpression,
  item: Item | undefined,
  inputs: ExpressionInputs,
): boolean {
  return parsed(expr, ParsedCondition).evaluate(item, inputs);
}

/** Applies an update to a copy of the item and returns it; the input item is never mutated. */
export function applyUpdate(expr: UpdateExpression, item: Item, inputs: ExpressionInputs): Item {
  return parsed(expr, ParsedUpdate).apply(item, inputs);
}

/** The item with only the projected paths (list elements keep their relative order). */
export function project(expr: ProjectionExpression, item: Item, inputs: ExpressionInputs): Item {
  return parsed(expr, ParsedProjection).project(item, inputs);
}

/**
 * The paths an update writes, names resolved (`["a", 0, "b"]` for `a[0].b`), in written order;
 * for `UPDATED_OLD` / `UPDATED_NEW` (with `projectPaths`) and the key-attribute check.
 */
export function updatedPaths(
  expr: UpdateExpression,
  inputs: ExpressionInputs,
): (string | number)[][] {
  return parsed(expr, ParsedUpdate)
    .targets(inputs)
    .map((path) => [...path]);
}

/** The paths a condition or filter reads, names resolved, in written order. */
export function conditionPaths(
  expr: ConditionExpression,
  inputs: ExpressionInputs,
): (string | number)[][] {
  return parsed(expr, ParsedCondition)
    .paths(inputs)
    .map((path) => [...path]);
}

/** The paths a condition, projection or update reads or writes, names resolved, in written order. */
export function readPaths(
  expr: ConditionExpression | ProjectionExpression | UpdateExpression,
  inputs: ExpressionInputs,
): (string | number)[][] {
  if (expr instanceof ParsedCondition) return conditionPaths(expr, inputs);
  if (expr instanceof ParsedProjection) return projectedPaths(expr, inputs);
  return parsed(expr, ParsedUpdate)
    .paths(inputs)
    .map((path) => [...path]);
}

/** The paths a projection keeps, names resolved, in written order. */
export function projectedPaths(
  expr: ProjectionExpression,
  inputs: ExpressionInputs,
): (string | number)[][] {
  return parsed(expr, ParsedProjection)
    .resolvedPaths(inputs)
    .map((path) => [...path]);
}

/** The item with only the given resolved paths, as a projection keeps them. */
export function projectPaths(
  item: Item,
  paths: ReadonlyArray<ReadonlyArray<string | number>>,
): Item {
  return projectItem(item, paths);
}

/**
 * DynamoDB's request-level checks, to run before reading any item: names/values maps not
 * empty, values valid, placeholders defined, per-expression checks that need the inputs
 * (overlapping paths, operand types, BETWEEN bounds), then no unused names or values.
 */
export function checkPlaceholders(
  expressions: ReadonlyArray<{ placeholders: Placeholders } | undefined>,
  inputs: ExpressionInputs,
): void {
  checkRequestPlaceholders(expressions, inputs);
}

function parsed<T>(expr: object, type: abstract new (...args: never[]) => T): T {
  if (!(expr instanceof type))
    throw new TypeError("Expected an expression from this module's parse functions.");
  return expr;
}
