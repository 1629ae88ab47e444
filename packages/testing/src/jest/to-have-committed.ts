import { describeActions } from '../inspect/describe-action.js';
import type { ExpectedAction } from '../inspect/expected-action.js';
import { describeExpected } from '../inspect/match-action.js';
import { matchesUnitOfWork } from '../inspect/match-unit-of-work.js';
import { committedUnitsOfWork } from '../inspect/sent-writes.js';
import { tableConfigOf } from '../mock/stub-table-config.js';
import type { MatcherContext, MatcherResult } from './matcher-context.js';
import { receivedStub } from './received-stub.js';

/**
 * Passes if some unit of work committed (`TransactWriteItems` sent) consists of exactly the
 * expected actions, in any order; entities match partially.
 */
export function toHaveCommitted(
  this: MatcherContext,
  received: unknown,
  expected: readonly ExpectedAction[],
): MatcherResult {
  const stub = receivedStub(received, 'toHaveCommitted');
  const config = tableConfigOf(stub);
  const units = committedUnitsOfWork(stub);
  const equals = (a: unknown, b: unknown) => this.equals(a, b);
  const matching = units.findIndex((unit) => matchesUnitOfWork(unit, expected, config, equals));
  const wanted = expected.map((action) => `  ${describeExpected(action)}`).join('\n');
  const message = () =>
    this.isNot
      ? `expect(stub).not.toHaveCommitted(expected)\n\n` +
        `Expected no unit of work of exactly these actions:\n${wanted}\n` +
        `but unit of work #${matching + 1} was.`
      : `expect(stub).toHaveCommitted(expected)\n\n` +
        `Expected a unit of work of exactly these actions (in any order):\n${wanted}\n` +
        committedText(units);
  return { pass: matching >= 0, message };
}

function committedText(units: ReturnType<typeof committedUnitsOfWork>): string {
  if (units.length === 0) return 'Committed units of work: none.';
  const listed = units.map((unit, i) => `  #${i + 1}:\n${describeActions(unit, '    ')}`);
  return `Committed units of work (${units.length}):\n${listed.join('\n')}`;
}
