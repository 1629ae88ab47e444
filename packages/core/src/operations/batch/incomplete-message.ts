import type { BatchOutcome } from './run-chunks.js';

/** How many unprocessed entries a message names before `…`. */
const NAMED_IN_MESSAGE = 5;

/**
 * The message of an incomplete batch: how much was done, the first entries left, and why:
 * `batchWrite applied 40 of 60 writes; 20 were not (put of USER#a / X#1, …): …`.
 */
export function incompleteMessage<Entry>(
  summary: string,
  outcome: BatchOutcome<Entry>,
  describe: (entry: Entry) => string,
): string {
  const named = outcome.unprocessed.slice(0, NAMED_IN_MESSAGE).map(describe);
  if (outcome.unprocessed.length > NAMED_IN_MESSAGE) named.push('…');
  const reason =
    outcome.error instanceof Error
      ? outcome.error.message
      : 'DynamoDB still returned them as unprocessed when the retries ran out; send them again later.';
  return `${summary}; ${outcome.unprocessed.length} were not (${named.join(', ')}): ${reason}`;
}
