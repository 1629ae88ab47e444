import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { validationError } from './dynamodb-simulation-error.js';
import { type ResolvedPath, readPath } from './resolved-path.js';
import type { Item } from './item.js';

/** DynamoDB's error for a path whose parent is missing or of the wrong type. */
export function invalidPathError(): Error {
  return validationError(
    'The document path provided in the update expression is invalid for update',
  );
}

/** The map or list that holds a path's last step; throws when it does not exist. */
export function parentOf(
  item: Item,
  path: ResolvedPath,
): { container: AttributeValue | Item; step: string | number } {
  const step = path[path.length - 1] as string | number;
  if (path.length === 1) return { container: item, step };
  const parent = readPath(item, path.slice(0, -1));
  const fits = typeof step === 'number' ? parent?.L !== undefined : parent?.M !== undefined;
  if (parent === undefined || !fits) throw invalidPathError();
  return { container: parent, step };
}

/** Writes a value at a path (mutating `item`); a list index past the end appends. */
export function writePath(item: Item, path: ResolvedPath, value: AttributeValue): void {
  const { container, step } = parentOf(item, path);
  if (path.length === 1) (container as Item)[step as string] = value;
  else if (typeof step === 'string') ((container as AttributeValue).M as Item)[step] = value;
  else {
    const list = (container as AttributeValue).L as AttributeValue[];
    if (step < list.length) list[step] = value;
    else list.push(value);
  }
}

/** Removes the value at a path (mutating `item`); a list element removal shifts the rest. */
export function removePath(item: Item, path: ResolvedPath): void {
  const { container, step } = parentOf(item, path);
  if (path.length === 1) delete (container as Item)[step as string];
  else if (typeof step === 'string') delete ((container as AttributeValue).M as Item)[step];
  else ((container as AttributeValue).L as AttributeValue[]).splice(step, 1);
}

/** Orders paths step by step (indexes numerically), so list appends and removals are stable. */
export function comparePaths(a: ResolvedPath, b: ResolvedPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const [x, y] = [a[i] as string | number, b[i] as string | number];
    if (x !== y)
      return typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x) < String(y)
          ? -1
          : 1;
  }
  return a.length - b.length;
}
