import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { ErrorFactory } from './condition-validation.js';
import { type DocumentPath, parsePath } from './document-path.js';
import { checkOverlap } from './path-overlap.js';
import { child, type ResolvedPath, resolvePath } from './resolved-path.js';
import type { TokenStream } from './token-stream.js';
import type { Item } from './item.js';

/** A tree of the projected steps; a leaf keeps the whole value below it. */
interface Selection {
  leaf: boolean;
  readonly children: Map<string | number, Selection>;
}

/** Parses `path (, path)*`. */
export function parseProjectionPaths(stream: TokenStream): DocumentPath[] {
  const paths = [parsePath(stream)];
  while (stream.accept(',')) paths.push(parsePath(stream));
  stream.expectEnd();
  return paths;
}

/** Resolves the paths and rejects overlapping ones. */
export function resolveProjection(
  paths: readonly DocumentPath[],
  names: Record<string, string> | undefined,
  fail: ErrorFactory,
): ResolvedPath[] {
  const resolved = paths.map((path) => resolvePath(path, names, fail));
  checkOverlap(resolved, fail);
  return resolved;
}

/** Keeps only the projected paths of an item; list elements keep their order, missing ones vanish. */
export function projectItem(item: Item, paths: readonly ResolvedPath[]): Item {
  const root: Selection = { leaf: false, children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const step of path) {
      const next = node.children.get(step) ?? { leaf: false, children: new Map() };
      node.children.set(step, next);
      node = next;
    }
    node.leaf = true;
  }
  return select({ M: item }, root)?.M ?? {};
}

function select(value: AttributeValue, selection: Selection): AttributeValue | undefined {
  if (selection.leaf) return value;
  const steps = [...selection.children.keys()];
  if (value.L !== undefined) {
    const indexes = steps
      .filter((step): step is number => typeof step === 'number')
      .sort((a, b) => a - b);
    const kept = indexes.flatMap((index) => selectChild(value, index, selection));
    return kept.length === 0 ? undefined : { L: kept };
  }
  if (value.M === undefined) return undefined;
  const entries = steps.flatMap((step) => {
    const kept = typeof step === 'string' ? selectChild(value, step, selection) : [];
    return kept.map((v) => [step, v] as const);
  });
  return entries.length === 0 ? undefined : { M: Object.fromEntries(entries) };
}

function selectChild(
  value: AttributeValue,
  step: string | number,
  selection: Selection,
): AttributeValue[] {
  const found = child(value, step);
  const kept =
    found === undefined ? undefined : select(found, selection.children.get(step) as Selection);
  return kept === undefined ? [] : [kept];
}
