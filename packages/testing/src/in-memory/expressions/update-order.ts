import { comparePaths } from './document-writer.js';
import type { ResolvedPath } from './resolved-path.js';

/**
 * The order in which DynamoDB Local runs an update's actions, which decides which error an
 * update with several faults reports: grouped by top-level attribute, groups in descending
 * order of the attribute name's bucket in a Java `HashMap` of 16 buckets (observed, not
 * documented), paths within a group descending.
 * @returns the action indexes in run order.
 */
export function runOrder(targets: readonly ResolvedPath[]): number[] {
  const bucket = (path: ResolvedPath): number => javaBucket(String(path[0]));
  return targets
    .map((_, i) => i)
    .sort((i, j) => {
      const [a, b] = [targets[i] as ResolvedPath, targets[j] as ResolvedPath];
      return bucket(b) - bucket(a) || comparePaths(b, a);
    });
}

/** `String.hashCode()` spread as `HashMap.hash()` does, in a table of 16 buckets. */
function javaBucket(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i += 1) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return (hash ^ (hash >>> 16)) & 15;
}
