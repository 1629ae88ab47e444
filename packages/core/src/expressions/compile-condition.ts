import { ValidationError } from '../errors/validation-error.js';
import { checkBetweenBounds } from './between-bounds.js';
import type { AttributeTypeName, Condition, ConditionNode } from './condition.js';
import type { ExpressionContext } from './expression-context.js';
import type { OperandNode } from './operand.js';

/** DynamoDB's limit on the values of one `IN`. */
const MAX_IN_VALUES = 100;

/** Writes a condition as an expression string, with placeholders from the context. */
export function compileCondition(condition: Condition, context: ExpressionContext): string {
  return compileNode(condition.node, context);
}

function compileNode(node: ConditionNode, context: ExpressionContext): string {
  switch (node.kind) {
    case 'compare':
      return `${operand(node.left, context)} ${node.comparator} ${operand(node.right, context)}`;
    case 'between':
      checkBetweenBounds(node.low, node.high);
      return `${operand(node.operand, context)} BETWEEN ${operand(node.low, context)} AND ${operand(node.high, context)}`;
    case 'in':
      return compileIn(node.operand, node.values, context);
    case 'exists':
      return `attribute_exists(${context.path(node.path)})`;
    case 'notExists':
      return `attribute_not_exists(${context.path(node.path)})`;
    case 'type':
      return `attribute_type(${context.path(node.path)}, ${context.value(typeName(node.type))})`;
    case 'beginsWith':
      return `begins_with(${context.path(node.path)}, ${operand(node.prefix, context)})`;
    case 'contains':
      return `contains(${context.path(node.path)}, ${operand(node.operand, context)})`;
    case 'and':
    case 'or':
      return compileJunction(node.kind, node.conditions, context);
    case 'not':
      return `NOT (${compileNode(node.condition, context)})`;
  }
}

/** DynamoDB's attribute type names. */
const TYPE_NAMES: ReadonlySet<string> = new Set<AttributeTypeName>([
  'S',
  'SS',
  'N',
  'NS',
  'B',
  'BS',
  'BOOL',
  'NULL',
  'L',
  'M',
]);

/** @throws {ValidationError} for a name DynamoDB has no type of. */
function typeName(name: AttributeTypeName): AttributeTypeName {
  if (TYPE_NAMES.has(name)) return name;
  throw new ValidationError(
    `attr(…).type() takes one of DynamoDB's type names (${[...TYPE_NAMES].join(', ')}); got ${JSON.stringify(name)}.`,
  );
}

function compileIn(
  subject: OperandNode,
  values: readonly OperandNode[],
  context: ExpressionContext,
): string {
  if (values.length === 0 || values.length > MAX_IN_VALUES) {
    throw new ValidationError(
      `An IN condition takes 1 to ${MAX_IN_VALUES} values; got ${values.length}.`,
    );
  }
  const list = values.map((value) => operand(value, context)).join(', ');
  return `${operand(subject, context)} IN (${list})`;
}

function compileJunction(
  kind: 'and' | 'or',
  conditions: readonly ConditionNode[],
  context: ExpressionContext,
): string {
  if (conditions.length === 0) {
    throw new ValidationError(`${kind}() needs at least one condition.`);
  }
  if (conditions.length === 1) return compileNode(conditions[0] as ConditionNode, context);
  const joiner = kind === 'and' ? ' AND ' : ' OR ';
  return conditions.map((c) => `(${compileNode(c, context)})`).join(joiner);
}

function operand(node: OperandNode, context: ExpressionContext): string {
  switch (node.kind) {
    case 'path':
      return context.path(node.path);
    case 'size':
      return `size(${context.path(node.path)})`;
    case 'value':
      return context.value(node.value);
  }
}
