/**
 * The consumer suite: dokklib as a user's own project gets it (the packed packages installed
 * beside the project's own dependencies, compiled with its own tsconfig, tested with its own
 * jest and with `node --test`). Each check below is one test file or install check there.
 */
import { type ConsumerRun, consumerChecks, runConsumerSuite } from './consumer-suite';

let suite: ConsumerRun | undefined;
let failure: unknown;

beforeAll(async () => {
  try {
    suite = await runConsumerSuite();
    const counts = [...suite.results.values()].flat();
    console.log(
      `Consumer suite: ${counts.filter((t) => t.passed).length} passed, ${counts.filter((t) => !t.passed).length} failed; ms per step ${JSON.stringify(suite.timings)}`,
    );
  } catch (error) {
    failure = error;
  }
}, 15 * 60_000);

describe('dokklib in a user’s own project', () => {
  it.each(consumerChecks())('%s', (check) => {
    if (suite === undefined) throw failure;
    const tests = suite.results.get(check);
    expect(tests).toBeDefined();
    const failed = tests!.filter((t) => !t.passed).map((t) => `${t.name}:\n${t.message}`);
    expect(failed).toEqual([]);
    expect(tests!.length).toBeGreaterThan(0);
  });

  it('ran no test file the checks above do not name', () => {
    if (suite === undefined) throw failure;
    expect([...suite.results.keys()].sort()).toEqual(consumerChecks().sort());
  });
});
