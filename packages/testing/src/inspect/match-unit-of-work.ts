import { isDeepStrictEqual } from 'node:util';
import type { TableConfig } from '@dokklib/core';
import type { EntityAction } from './entity-action.js';
import type { ExpectedAction } from './expected-action.js';
import { type Equality, matchesAction } from './match-action.js';

/**
 * Whether a committed unit of work consists of exactly the expected actions, in any order:
 * as many actions, each expected one matching a different sent one.
 */
export function matchesUnitOfWork(
  actual: readonly EntityAction[],
  expected: readonly ExpectedAction[],
  config: TableConfig,
  equals: Equality = isDeepStrictEqual,
): boolean {
  if (actual.length !== expected.length) return false;
  const used = new Set<number>();
  return expected.every((want) => {
    const index = actual.findIndex(
      (sent, i) => !used.has(i) && matchesAction(sent, want, config, equals),
    );
    if (index < 0) return false;
    used.add(index);
    return true;
  });
}
