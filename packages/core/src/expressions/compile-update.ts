import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../errors/validation-error.js';
import { type AttributePath, pathSegments } from './attribute-path.js';
import type { ExpressionContext } from './expression-context.js';
import { type UpdateAction, UpdateFunction } from './update-action.js';
import type { UpdateChanges } from './update-changes.js';

/**
 * Writes update changes as an `UpdateExpression`, with placeholders from the context.
 * @throws {ValidationError} if nothing changes, an attribute (or a path inside it) is
 * changed twice, or a set to set, add or delete is empty.
 */
export function compileUpdate(changes: UpdateChanges, context: ExpressionContext): string {
  const { set, remove } = splitUndefined(changes);
  checkEachAttributeOnce(changes, set, remove);
  const clauses = [
    clause(
      'SET',
      entries(set, 'set').map(([name, value]) => setAction(name, value, context)),
    ),
    clause(
      'REMOVE',
      remove.map((path) => context.path(path)),
    ),
    clause(
      'ADD',
      entries(changes.add, 'add').map(([n, v]) => `${context.name(n)} ${context.value(v)}`),
    ),
    clause(
      'DELETE',
      entries(changes.delete, 'delete').map(([n, v]) => `${context.name(n)} ${context.value(v)}`),
    ),
  ].filter((text) => text.length > 0);
  if (clauses.length === 0)
    throw new ValidationError('An update must change at least one attribute.');
  return clauses.join(' ');
}

/** The attribute names (first path segments) an update touches. */
export function updatedAttributeNames(changes: UpdateChanges): string[] {
  return [
    ...Object.keys(changes.set ?? {}),
    ...(changes.remove ?? []).map((path) => String(pathSegments(path)[0])),
    ...Object.keys(changes.add ?? {}),
    ...Object.keys(changes.delete ?? {}),
  ];
}

function splitUndefined(changes: UpdateChanges): {
  set: Record<string, NativeAttributeValue | UpdateFunction>;
  remove: AttributePath[];
} {
  const set: Record<string, NativeAttributeValue | UpdateFunction> = {};
  const remove: AttributePath[] = [...(changes.remove ?? [])];
  for (const [name, value] of Object.entries(changes.set ?? {})) {
    if (value === undefined) remove.push(name);
    else set[name] = value;
  }
  return { set, remove };
}

function checkEachAttributeOnce(
  changes: UpdateChanges,
  set: Record<string, unknown>,
  remove: readonly AttributePath[],
): void {
  const paths: (readonly (string | number)[])[] = [
    ...Object.keys(set).map((name) => [name]),
    ...remove.map((path) => pathSegments(path)),
    ...Object.keys(changes.add ?? {}).map((name) => [name]),
    ...Object.keys(changes.delete ?? {}).map((name) => [name]),
  ];
  const byFirstName = new Map<string | number, (readonly (string | number)[])[]>();
  for (const path of paths) {
    const seen = byFirstName.get(path[0] as string | number);
    if (seen === undefined) {
      byFirstName.set(path[0] as string | number, [path]);
      continue;
    }
    const other = seen.find((earlier) => overlaps(earlier, path));
    if (other !== undefined) {
      throw new ValidationError(
        `An update changes the attribute ${JSON.stringify(path)} twice (with ${JSON.stringify(other)}); DynamoDB refuses overlapping paths, change it once.`,
      );
    }
    seen.push(path);
  }
}

/** Whether one path is the other or lies inside it, which DynamoDB refuses in one update. */
function overlaps(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  return shorter.every((segment, position) => segment === longer[position]);
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

function entries<V>(
  record: Readonly<Record<string, V>> | undefined,
  clauseName: string,
): [string, V][] {
  const list = Object.entries(record ?? {});
  for (const [name, value] of list) {
    if (value instanceof Set && value.size === 0) {
      throw new ValidationError(
        `Cannot ${clauseName} an empty set on ${JSON.stringify(name)}; DynamoDB has no empty sets.`,
      );
    }
  }
  return list;
}

function clause(keyword: string, actions: string[]): string {
  return actions.length === 0 ? '' : `${keyword} ${actions.join(', ')}`;
}
