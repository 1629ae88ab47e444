import type { InMemoryResult, InMemorySettings } from '../in-memory/run-in-memory.js';
import { formatSpread } from '../spread.js';
import {
  describeTarget,
  IN_MEMORY_SPEEDUP_TARGET,
  IN_MEMORY_START_TARGET,
  meets,
} from '../targets.js';
import { markdownTable, verdict } from './markdown-table.js';

/** The in-memory chapter: start-up and time per request of each backend of the consumer test. */
export function inMemoryMarkdown(
  results: readonly InMemoryResult[],
  settings: InMemorySettings,
): string[] {
  const startTarget = describeTarget(IN_MEMORY_START_TARGET, (v) => `${v} ms`);
  const speedTarget = describeTarget(IN_MEMORY_SPEEDUP_TARGET, (v) => `${v}×`);
  const rows = results.map((r, i) => {
    const inMemory = i < results.length - 1;
    const times = (spread: typeof r.fasterThanLocal) =>
      inMemory ? `${formatSpread(spread, 1)}×` : '1×';
    return [
      r.name,
      formatSpread(r.startMs, r.startMs.median < 100 ? 1 : 0),
      r.loadMs === undefined ? '–' : formatSpread(r.loadMs, 1),
      formatSpread(r.perRequestUs, 0),
      times(r.fasterThanLocal),
      formatSpread(r.dynamoDBSideUs, 0),
      times(r.sideFasterThanLocal),
      String(r.requests),
      inMemory
        ? `start ${verdict(meets(IN_MEMORY_START_TARGET, r.startMs.median))}; speed: test ` +
          `${verdict(meets(IN_MEMORY_SPEEDUP_TARGET, r.fasterThanLocal.median))}, DynamoDB side ` +
          `${verdict(meets(IN_MEMORY_SPEEDUP_TARGET, r.sideFasterThanLocal.median))}`
        : '–',
    ];
  });
  return [
    '## 5. The in-memory DynamoDB against DynamoDB Local',
    '',
    "A consumer's test, the membership service's (examples/src/membership-service): a fresh " +
      'table, two teams, two joins (each a `UnitOfWork` transaction after its reads), a ' +
      'listing from the inverse index, a move, two listings, a refused second join and a ' +
      'leave, through `Table`, `EntityManager` and `UnitOfWork` over a `DynamoDBClient`. ' +
      `${settings.rounds} rounds per backend after ${settings.warmupRounds} uncounted, taken ` +
      "in turns; a round's table creation is not counted. Time per request: the round's wall " +
      'time over its requests (counted by a middleware). Faster than Local: the ratio of ' +
      "DynamoDB Local's time per request to the backend's in the same round. DynamoDB side: " +
      "the handler's own time answering (parsing, the store, the response), measured around " +
      'it; for the HTTP backends their time per request less the client side (the SDK, ' +
      "dokklib and class-transformer: the handler's time per request less its answering " +
      'time, same round), i.e. the server and loopback. Start: from ' +
      '`new InMemoryDynamoDB()` with its request handler, or `startInMemoryDynamoDB()`, to the ' +
      `first answered request, in a fresh node process (${settings.startUps} processes); ` +
      'load: `require("@dokklib/testing/in-memory")` in that process after the SDK, which a test of ' +
      "DynamoDB code loads anyway. DynamoDB Local's start: `startDynamoDBLocal()` (the JVM) " +
      'to its first answer. Medians with their ranges.',
    '',
    ...markdownTable(
      [
        'backend',
        'start ms',
        'load ms',
        'µs per request',
        'faster than Local',
        'µs DynamoDB side',
        'DynamoDB side faster',
        'requests',
        `targets (start ${startTarget}, speed ${speedTarget})`,
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
      rows,
    ),
  ];
}
