import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../errors/validation-error.js';
import { hasOwn } from '../items/has-own.js';
import { type AttributePath, pathSegments, pathsOverlap } from './attribute-path.js';
import type { ExpressionContext } from './expression-context.js';
import { type UpdateAction, UpdateFunction } from './update-action.js';
import type { UpdateChanges } from './update-changes.js';

/** Stands in for a missing `set`, `add` or `delete`. */
const NONE: Readonly<Record<string, never>> = Object.freeze({});
const NO_PATHS: readonly AttributePath[] = Object.freeze([]);

/**
 * Writes update changes as an `UpdateExpression`, with placeholders from the context.
 * @throws {ValidationError} if nothing changes, an attribute (or a path inside it) is
 * changed twice, or a set to set, add or delete is empty.
 */
export function compileUpdate(changes: UpdateChanges, context: ExpressionContext): string {
  return compileStampedUpdate(changes, undefined, context);
}

/** One more attribute to set, after the changes' own `set`. */
export interface SetStamp {
  readonly name: string;
  readonly value: NativeAttributeValue;
}

/**
 * {@link compileUpdate}, also setting `stamp` (an attribute the changes do not touch) last
 * among the `SET` actions: as if it were in `changes.set`, without copying the changes.
 */
export function compileStampedUpdate(
  changes: UpdateChanges,
  stamp: SetStamp | undefined,
  context: ExpressionContext,
): string {
  const set = changes.set ?? NONE;
  const setNames = Object.keys(set);
  const remove = changes.remove === undefined ? NO_PATHS : [...(changes.remove ?? [])];
  checkEachAttributeOnce(changes, setNames, remove);
  checkNoEmptySet(set, setNames, 'set');
  let setActions = '';
  for (const name of setNames) {
    const value = set[name];
    if (value !== undefined) setActions = list(setActions, setAction(name, value, context));
  }
  if (stamp !== undefined)
    setActions = list(setActions, setAction(stamp.name, stamp.value, context));
  let removeActions = '';
  for (const path of remove) removeActions = list(removeActions, context.path(path));
  for (const name of setNames) {
    if (set[name] === undefined) removeActions = list(removeActions, context.path(name));
  }
  let expression = clause('', 'SET', setActions);
  expression = clause(expression, 'REMOVE', removeActions);
  expression = clause(expression, 'ADD', nameValueActions(changes.add, 'add', context));
  expression = clause(expression, 'DELETE', nameValueActions(changes.delete, 'delete', context));
  if (expression.length === 0) {
    throw new ValidationError('An update must change at least one attribute.');
  }
  return expression;
}

/** The attribute names (first path segments) an update touches. */
export function updatedAttributeNames(changes: UpdateChanges): string[] {
  const names: string[] = [];
  pushOwnNames(names, changes.set);
  for (const path of changes.remove ?? []) names.push(String(pathSegments(path)[0]));
  pushOwnNames(names, changes.add);
  pushOwnNames(names, changes.delete);
  return names;
}

/**
 * Refuses an attribute changed twice, or a path inside one changed. Only when two changes
 * share a first name are their paths compared (the usual update has no such pair).
 */
function checkEachAttributeOnce(
  changes: UpdateChanges,
  setNames: readonly string[],
  remove: readonly AttributePath[],
): void {
  const set = changes.set ?? NONE;
  const firstNames: string[] = [];
  for (const name of setNames) if (set[name] !== undefined) firstNames.push(name);
  for (const path of remove) firstNames.push(pathSegments(path)[0] as string);
  for (const name of setNames) {
    if (set[name] === undefined) firstNames.push(pathSegments(name)[0] as string);
  }
  pushOwnNames(firstNames, changes.add);
  pushOwnNames(firstNames, changes.delete);
  if (hasDuplicate(firstNames)) checkPathsApart(changes, setNames, remove);
}

/** Appends the record's own names (those of `Object.keys`), without building a list first. */
function pushOwnNames(names: string[], record: object | undefined): void {
  for (const name in record) if (hasOwn.call(record, name)) names.push(name);
}

function hasDuplicate(names: readonly string[]): boolean {
  if (names.length > 16) return new Set(names).size !== names.length;
  for (let i = 1; i < names.length; i += 1) {
    if (names.lastIndexOf(names[i] as string, i - 1) >= 0) return true;
  }
  return false;
}

/** Compares the paths that share a first name, naming the first that overlaps an earlier one. */
function checkPathsApart(
  changes: UpdateChanges,
  setNames: readonly string[],
  remove: readonly AttributePath[],
): void {
  const set = changes.set ?? NONE;
  const paths: (readonly (string | number)[])[] = [
    ...setNames.filter((name) => set[name] !== undefined).map((name) => [name]),
    ...remove.map((path) => pathSegments(path)),
    ...setNames.filter((name) => set[name] === undefined).map((name) => [name]),
    ...Object.keys(changes.add ?? NONE).map((name) => [name]),
    ...Object.keys(changes.delete ?? NONE).map((name) => [name]),
  ];
  const byFirstName = new Map<string | number, (readonly (string | number)[])[]>();
  for (const path of paths) {
    const seen = byFirstName.get(path[0] as string | number);
    if (seen === undefined) {
      byFirstName.set(path[0] as string | number, [path]);
      continue;
    }
    const other = seen.find((earlier) => pathsOverlap(earlier, path));
    if (other !== undefined) {
      throw new ValidationError(
        `An update changes the attribute ${JSON.stringify(path)} twice (with ${JSON.stringify(other)}); DynamoDB refuses overlapping paths, change it once.`,
      );
    }
    seen.push(path);
  }
}

function setAction(
  name: string,
  value: NativeAttributeValue | UpdateFunction,
  context: ExpressionContext,
): string {
  const target = context.name(name);
  if (!(value instanceof UpdateFunction)) return `${target} = ${context.value(value)}`;
  return `${target} = ${updateFunction(target, value.action, context)}`;
}

function updateFunction(target: string, action: UpdateAction, context: ExpressionContext): string {
  switch (action.kind) {
    case 'ifNotExists':
      return `if_not_exists(${target}, ${context.value(action.value)})`;
    case 'listAppend':
      return `list_append(if_not_exists(${target}, ${context.value([])}), ${context.value([...action.values])})`;
    case 'listPrepend':
      return `list_append(${context.value([...action.values])}, if_not_exists(${target}, ${context.value([])}))`;
  }
}

/** `name :value` actions of `ADD` or `DELETE`, after checking that no set among them is empty. */
function nameValueActions(
  record: Readonly<Record<string, NativeAttributeValue>> | undefined,
  clauseName: string,
  context: ExpressionContext,
): string {
  if (record === undefined || record === null) return '';
  const names = Object.keys(record);
  checkNoEmptySet(record, names, clauseName);
  let actions = '';
  for (const name of names) {
    actions = list(actions, `${context.name(name)} ${context.value(record[name])}`);
  }
  return actions;
}

function checkNoEmptySet(
  record: Readonly<Record<string, unknown>>,
  names: readonly string[],
  clauseName: string,
): void {
  for (const name of names) {
    const value = record[name];
    if (value instanceof Set && value.size === 0) {
      throw new ValidationError(
        `Cannot ${clauseName} an empty set on ${JSON.stringify(name)}; DynamoDB has no empty sets.`,
      );
    }
  }
}

/** Appends an action to a comma-separated list. */
function list(actions: string, action: string): string {
  return actions.length === 0 ? action : `${actions}, ${action}`;
}

/** Appends a clause (`SET a = :v0, b = :v1`) to an expression, unless it has no actions. */
function clause(expression: string, keyword: string, actions: string): string {
  if (actions.length === 0) return expression;
  return expression.length === 0 ? `${keyword} ${actions}` : `${expression} ${keyword} ${actions}`;
}
