import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { ErrorFactory } from './condition-validation.js';
import { addDecimals, checkStorable, subtractDecimals, toPlainString } from './decimal.js';
import { comparePaths, parentOf, removePath, writePath } from './document-writer.js';
import { validationError } from './dynamodb-simulation-error.js';
import { type ResolvedPath, readPath, resolvePath } from './resolved-path.js';
import type { UpdateAction, UpdateActions, UpdateOperand } from './update-actions.js';
import { runOrder } from './update-order.js';
import { validateUpdate } from './update-validation.js';
import { decimal, typeOf, valuesEqual } from './value-ordering.js';
import type { Item } from './item.js';

interface UpdateContext {
  readonly item: Item;
  readonly names: Record<string, string> | undefined;
  readonly values: Record<string, AttributeValue>;
  readonly fail: ErrorFactory;
}

const wrongType = (): Error =>
  validationError('An operand in the update expression has an incorrect data type');

/** A change to one path: its new value, or undefined to remove it. */
interface Change {
  readonly path: ResolvedPath;
  readonly value: AttributeValue | undefined;
}

/**
 * Applies an update to a copy of the item, as DynamoDB Local does: each action (in Local's run
 * order) checks its target's parent, then computes its change from the original item (list
 * indexes too); then writes go in path order and removals last.
 */
export function applyActions(
  actions: UpdateActions,
  original: Item,
  names: Record<string, string> | undefined,
  values: Record<string, AttributeValue> | undefined,
  fail: ErrorFactory,
): Item {
  const targets = validateUpdate(actions, names, values, fail);
  const context: UpdateContext = { item: original, names, values: values ?? {}, fail };
  const changes = runOrder(targets).flatMap((i) =>
    changeOf(actions[i] as UpdateAction, targets[i] as ResolvedPath, context),
  );
  return applyChanges(original, changes);
}

/** One action's change, computed from the original item after checking its target's parent. */
function changeOf(action: UpdateAction, path: ResolvedPath, context: UpdateContext): Change[] {
  parentOf(context.item, path);
  const current = (): AttributeValue | undefined => readPath(context.item, path);
  switch (action.clause) {
    case 'SET':
      return [{ path, value: evaluateOperand(action.value, context) }];
    case 'REMOVE':
      return [{ path, value: undefined }];
    case 'ADD':
      return [{ path, value: added(current(), context.values[action.value] as AttributeValue) }];
    case 'DELETE':
      return deleted(path, current(), context.values[action.value] as AttributeValue);
  }
}

function applyChanges(original: Item, changes: Change[]): Item {
  const item = structuredClone(original);
  const writes = changes.filter((change) => change.value !== undefined);
  writes.sort((a, b) => comparePaths(a.path, b.path));
  writes.forEach(({ path, value }) => writePath(item, path, value as AttributeValue));
  const removals = changes
    .filter((change) => change.value === undefined)
    .map((change) => change.path);
  removals.sort((a, b) => comparePaths(b, a)).forEach((path) => removePath(item, path));
  return item;
}

function evaluateOperand(operand: UpdateOperand, context: UpdateContext): AttributeValue {
  switch (operand.kind) {
    case 'value':
      return context.values[operand.name] as AttributeValue;
    case 'path':
      return read(operand.path, context) ?? missingAttribute();
    case 'if_not_exists':
      return read(operand.path, context) ?? evaluateOperand(operand.fallback, context);
    case 'list_append': {
      const left = typed(evaluateOperand(operand.left, context), 'L');
      const right = typed(evaluateOperand(operand.right, context), 'L');
      return { L: [...left, ...right] };
    }
    case 'arithmetic': {
      const left = typed(evaluateOperand(operand.left, context), 'N');
      const right = typed(evaluateOperand(operand.right, context), 'N');
      const combine = operand.operator === '+' ? addDecimals : subtractDecimals;
      return { N: storableNumber(combine(decimal(left), decimal(right))) };
    }
  }
}

/** The value's list or number, if it has that type (checked left to right, as DynamoDB does). */
function typed<T extends 'L' | 'N'>(
  value: AttributeValue,
  type: T,
): NonNullable<AttributeValue[T]> {
  const content = value[type];
  if (content === undefined) throw wrongType();
  return content as NonNullable<AttributeValue[T]>;
}

function read(
  path: Parameters<typeof resolvePath>[0],
  context: UpdateContext,
): AttributeValue | undefined {
  return readPath(context.item, resolvePath(path, context.names, context.fail));
}

function missingAttribute(): never {
  throw validationError(
    'The provided expression refers to an attribute that does not exist in the item',
  );
}

function storableNumber(value: Parameters<typeof checkStorable>[0]): string {
  checkStorable(value);
  return toPlainString(value);
}

/** ADD: a number sum, a set union, or the value itself when the attribute is missing. */
function added(current: AttributeValue | undefined, value: AttributeValue): AttributeValue {
  if (current === undefined) return value;
  if (typeOf(current) !== typeOf(value)) throw wrongType();
  if (current.N !== undefined && value.N !== undefined) {
    return { N: storableNumber(addDecimals(decimal(current.N), decimal(value.N))) };
  }
  const members = setMembers(current);
  const extra = setMembers(value).filter((member) => !members.some((m) => valuesEqual(m, member)));
  return fromMembers(typeOf(current), [...members, ...extra]);
}

/** DELETE: the set difference; a set left empty is removed, a missing attribute stays missing. */
function deleted(
  path: ResolvedPath,
  current: AttributeValue | undefined,
  value: AttributeValue,
): Change[] {
  if (current === undefined) return [];
  if (typeOf(current) !== typeOf(value)) throw wrongType();
  const removed = setMembers(value);
  const kept = setMembers(current).filter((member) => !removed.some((m) => valuesEqual(m, member)));
  return [{ path, value: kept.length === 0 ? undefined : fromMembers(typeOf(current), kept) }];
}

/** A set's elements as single values (`{ S: 'x' }`), so they compare like DynamoDB does. */
function setMembers(set: AttributeValue): AttributeValue[] {
  if (set.SS !== undefined) return set.SS.map((S) => ({ S }));
  if (set.NS !== undefined) return set.NS.map((N) => ({ N }));
  return (set.BS ?? []).map((B) => ({ B }));
}

function fromMembers(type: string, members: AttributeValue[]): AttributeValue {
  if (type === 'SS') return { SS: members.map((m) => m.S as string) };
  if (type === 'NS') return { NS: members.map((m) => m.N as string) };
  return { BS: members.map((m) => m.B as Uint8Array) };
}
