import type { DynamoDBSimulationError } from './dynamodb-simulation-error.js';
import { formatPath, type ResolvedPath } from './resolved-path.js';

/** A clash between two paths of one expression, found at `depth`. */
interface Clash {
  readonly kind: 'overlap' | 'conflict';
  readonly depth: number;
  readonly existing: ResolvedPath;
}

/**
 * Throws DynamoDB's error for paths of one expression that overlap (one equals or contains
 * the other) or conflict (`a[0]` and `a.b`: one parent used as list and as map). Like DynamoDB
 * Local, paths are checked last to first, each against those after it. (Local's message then
 * names some other path as `path two`, in an order not reproduced here; this names the clash.)
 */
export function checkOverlap(
  paths: readonly ResolvedPath[],
  fail: (message: string) => DynamoDBSimulationError,
): void {
  for (let i = paths.length - 2; i >= 0; i -= 1) {
    const path = paths[i] as ResolvedPath;
    const clash = paths
      .slice(i + 1)
      .map((existing) => clashOf(path, existing))
      .reduce<Clash | undefined>(
        (first, next) =>
          next !== undefined && (first === undefined || next.depth < first.depth) ? next : first,
        undefined,
      );
    if (clash !== undefined) {
      throw fail(
        `Two document paths ${clash.kind} with each other; must remove or rewrite one of these paths; path one: ${formatPath(path)}, path two: ${formatPath(clash.existing)}`,
      );
    }
  }
}

function clashOf(path: ResolvedPath, existing: ResolvedPath): Clash | undefined {
  const length = Math.min(path.length, existing.length);
  for (let depth = 0; depth < length; depth += 1) {
    const [a, b] = [path[depth], existing[depth]];
    if (a === b) continue;
    return typeof a === typeof b ? undefined : { kind: 'conflict', depth, existing };
  }
  return {
    kind: 'overlap',
    depth: existing.length <= path.length ? existing.length : path.length,
    existing,
  };
}
