import type { EntityClass, KeyOf } from '@dokklib/decorators';
import { describeActions } from '../inspect/describe-action.js';
import type { EntityAction } from '../inspect/entity-action.js';
import type { ExpectedAction } from '../inspect/expected-action.js';
import { describeExpected, matchesAction } from '../inspect/match-action.js';
import { sentWrites } from '../inspect/sent-writes.js';
import { tableConfigOf } from '../mock/stub-table-config.js';
import type { MatcherContext, MatcherResult } from './matcher-context.js';
import { receivedStub } from './received-stub.js';

/** Passes if an insert of the entity (matched partially) was sent, alone, batched or in a transaction. */
export function toHaveInserted(
  this: MatcherContext,
  received: unknown,
  entity: object,
): MatcherResult {
  return matchWrite(this, received, 'toHaveInserted', { action: 'insert', entity });
}

/** Passes if a put (that may replace the item) of the entity, matched partially, was sent. */
export function toHavePut(this: MatcherContext, received: unknown, entity: object): MatcherResult {
  return matchWrite(this, received, 'toHavePut', { action: 'put', entity });
}

/** Passes if a delete of the entity's item (or of the item of a class and key) was sent. */
export function toHaveDeleted<T extends object>(
  this: MatcherContext,
  received: unknown,
  entityOrClass: T | EntityClass<T>,
  key?: KeyOf<T>,
): MatcherResult {
  const item =
    typeof entityOrClass === 'function'
      ? { entityClass: entityOrClass as EntityClass, key: key ?? {} }
      : { entity: entityOrClass };
  return matchWrite(this, received, 'toHaveDeleted', { action: 'delete', ...item });
}

/**
 * Passes if an update of the entity's item (or of a class and key) was sent that changes
 * the given properties to the given values (`undefined`: removed), if any are given.
 */
export function toHaveUpdated(
  this: MatcherContext,
  received: unknown,
  entityOrClass: object,
  keyOrChanges?: object,
  changes?: Readonly<Record<string, unknown>>,
): MatcherResult {
  const expected: ExpectedAction =
    typeof entityOrClass === 'function'
      ? {
          action: 'update',
          entityClass: entityOrClass as EntityClass,
          key: keyOrChanges ?? {},
          changes,
        }
      : {
          action: 'update',
          entity: entityOrClass,
          changes: keyOrChanges as Readonly<Record<string, unknown>> | undefined,
        };
  return matchWrite(this, received, 'toHaveUpdated', expected);
}

function matchWrite(
  context: MatcherContext,
  received: unknown,
  name: string,
  expected: ExpectedAction,
): MatcherResult {
  const stub = receivedStub(received, name);
  const config = tableConfigOf(stub);
  const writes = sentWrites(stub);
  const equals = (a: unknown, b: unknown) => context.equals(a, b);
  const matching = writes.filter((write) => matchesAction(write, expected, config, equals));
  const message = () =>
    context.isNot
      ? `expect(stub).not.${name}(…)\n\nExpected no: ${describeExpected(expected)}\n` +
        `Sent:\n${describeActions(matching)}`
      : `expect(stub).${name}(…)\n\nExpected: ${describeExpected(expected)}\n${sentText(writes)}`;
  return { pass: matching.length > 0, message };
}

function sentText(writes: readonly EntityAction[]): string {
  if (writes.length === 0) return 'Writes sent: none.';
  return `Writes sent (${writes.length}):\n${describeActions(writes)}`;
}
