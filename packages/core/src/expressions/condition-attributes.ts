import type { ConditionNode } from './condition.js';
import type { OperandNode } from './operand.js';

/** The top-level attribute names a condition reads (the first name of each path), in order. */
export function conditionAttributes(node: ConditionNode, names: string[] = []): string[] {
  switch (node.kind) {
    case 'compare':
      return operandAttributes(node.right, operandAttributes(node.left, names));
    case 'between':
      return [node.operand, node.low, node.high].reduce(
        (all, operand) => operandAttributes(operand, all),
        names,
      );
    case 'in':
      return node.values.reduce(
        (all, operand) => operandAttributes(operand, all),
        operandAttributes(node.operand, names),
      );
    case 'exists':
    case 'notExists':
    case 'type':
      return pushFirst(names, node.path);
    case 'beginsWith':
      return operandAttributes(node.prefix, pushFirst(names, node.path));
    case 'contains':
      return operandAttributes(node.operand, pushFirst(names, node.path));
    case 'and':
    case 'or':
      return node.conditions.reduce((all, condition) => conditionAttributes(condition, all), names);
    case 'not':
      return conditionAttributes(node.condition, names);
  }
}

function operandAttributes(operand: OperandNode, names: string[]): string[] {
  return operand.kind === 'value' ? names : pushFirst(names, operand.path);
}

function pushFirst(names: string[], path: string | readonly (string | number)[]): string[] {
  const first = typeof path === 'string' ? path : path[0];
  if (typeof first === 'string') names.push(first);
  return names;
}
