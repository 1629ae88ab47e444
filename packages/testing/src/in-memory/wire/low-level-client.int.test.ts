import { DEPARTURES, type TranscriptLine } from '../../../test/low-level/documented-departures.js';
import { LOW_LEVEL_SCENARIOS } from '../../../test/low-level/low-level-scenarios.js';
import { onBoth } from '../../../test/other-clients/same-on-both.js';

/**
 * The steps whose outcomes differ, each with both outcomes; a documented departure counts
 * only when the store's outcome is exactly the documented one.
 */
function differences(scenario: string, local: unknown[], memory: unknown[]): unknown[] {
  return (local as TranscriptLine[]).flatMap((line, i) => {
    const other = memory[i] as TranscriptLine;
    if (JSON.stringify(line) === JSON.stringify(other)) return [];
    const departure = DEPARTURES.find((d) => d.scenario === scenario && d.step === line.step);
    if (departure?.holds(line, other) === true) return [];
    return [{ step: line.step, local: line, memory: other }];
  });
}

/**
 * Requests as a low-level `DynamoDBClient` writes them (DynamoDB's JSON, numbers as the
 * client spells them), step by step on DynamoDB Local and on the in-memory DynamoDB behind
 * its request handler: every result and every error must be the same, but for the
 * departures documented (where the store follows DynamoDB).
 */
describe.each(Object.entries(LOW_LEVEL_SCENARIOS))(
  'the low-level client: %s',
  (name, { scenario, table }) => {
    it('gives the results and errors DynamoDB Local gives, step by step', async () => {
      const { local, memory } = await onBoth(scenario, table);
      expect(memory.map((line) => (line as TranscriptLine).step)).toEqual(
        local.map((line) => (line as TranscriptLine).step),
      );
      expect(differences(name, local, memory)).toEqual([]);
      // The steps reached the database: some succeeded and some were refused.
      const refused = local.filter((line) => 'error' in (line as object)).length;
      expect(refused).toBeGreaterThan(0);
      expect(refused).toBeLessThan(local.length);
    });
  },
);

it('documents only departures the scenarios meet', () => {
  for (const departure of DEPARTURES) {
    expect(Object.keys(LOW_LEVEL_SCENARIOS)).toContain(departure.scenario);
  }
});
