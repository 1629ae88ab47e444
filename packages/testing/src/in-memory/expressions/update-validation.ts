import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { ErrorFactory } from './condition-validation.js';
import { checkType } from './condition-validation.js';
import { checkOverlap } from './path-overlap.js';
import { type ResolvedPath, resolvePath } from './resolved-path.js';
import { readOperands, type UpdateAction, type UpdateActions } from './update-actions.js';
import { typeOf } from './value-ordering.js';

const TYPE_NAMES: Record<string, string> = {
  S: 'STRING',
  N: 'NUMBER',
  B: 'BINARY',
  L: 'LIST',
  M: 'MAP',
  BOOL: 'BOOLEAN',
  NULL: 'NULL',
  SS: 'STRING_SET',
  NS: 'NUMBER_SET',
  BS: 'BINARY_SET',
};

type ValueOf = (name: string) => AttributeValue;

/**
 * The checks DynamoDB makes before reading the item: names and values defined, no overlapping
 * paths, then the operand types of `+`, `-`, `list_append`, ADD and DELETE, last action first.
 * @returns each action's resolved target path, in written order.
 */
export function validateUpdate(
  actions: UpdateActions,
  names: Record<string, string> | undefined,
  values: Record<string, AttributeValue> | undefined,
  fail: ErrorFactory,
): ResolvedPath[] {
  const targets = actions.map((action) => resolvePath(action.path, names, fail));
  const value: ValueOf = (name) => {
    const found = values?.[name];
    if (found === undefined) {
      throw fail(
        `An expression attribute value used in expression is not defined; attribute value: ${name}`,
      );
    }
    return found;
  };
  for (const operand of actions.flatMap(readOperands)) {
    if (operand.kind === 'path' || operand.kind === 'if_not_exists')
      resolvePath(operand.path, names, fail);
    if (operand.kind === 'value') value(operand.name);
  }
  actions.forEach(
    (action) => action.clause !== 'SET' && action.clause !== 'REMOVE' && value(action.value),
  );
  checkOverlap(targets, fail);
  [...actions].reverse().forEach((action) => checkAction(action, value, fail));
  return targets;
}

function checkAction(action: UpdateAction, value: ValueOf, fail: ErrorFactory): void {
  if (action.clause === 'ADD')
    return checkClauseType('ADD', value(action.value), ['N', 'SS', 'NS', 'BS'], fail);
  if (action.clause === 'DELETE')
    return checkClauseType('DELETE', value(action.value), ['SS', 'NS', 'BS'], fail);
  for (const operand of readOperands(action)) {
    if (operand.kind !== 'arithmetic' && operand.kind !== 'list_append') continue;
    const [operator, allowed] =
      operand.kind === 'list_append' ? ['list_append', 'L'] : [operand.operator, 'N'];
    for (const side of [operand.left, operand.right]) {
      if (side.kind === 'value') checkType(operator, value(side.name), new Set([allowed]), fail);
    }
  }
}

function checkClauseType(
  clause: string,
  value: AttributeValue,
  allowed: string[],
  fail: ErrorFactory,
): void {
  const type = typeOf(value);
  if (allowed.includes(type)) return;
  throw fail(
    `Incorrect operand type for operator or function; operator: ${clause}, operand type: ${TYPE_NAMES[type] ?? type}, typeSet: ALLOWED_FOR_${clause}_OPERAND`,
  );
}
