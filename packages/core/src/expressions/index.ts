export { type AttributePath } from './attribute-path.js';
export { ExpressionContext, type ExpressionAttributes } from './expression-context.js';
export type { OperandNode } from './operand.js';
export {
  Condition,
  type ConditionNode,
  type Comparator,
  type AttributeTypeName,
  type ComparisonValue,
  ComparableOperand,
  AttributeRef,
  SizeRef,
  attr,
  and,
  or,
  not,
} from './condition.js';
export { compileCondition } from './compile-condition.js';
export {
  UpdateFunction,
  type UpdateAction,
  ifNotExists,
  listAppend,
  listPrepend,
} from './update-action.js';
export type { UpdateChanges, AddValue, DeleteValue } from './update-changes.js';
export { compileUpdate, updatedAttributeNames } from './compile-update.js';
export { compileProjection } from './compile-projection.js';
