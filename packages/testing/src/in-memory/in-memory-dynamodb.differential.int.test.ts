import { randomBytes } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createTable, Table, type TableOptions } from '@dokklib/core';
import * as fc from 'fast-check';
import type { Operation } from '../../test/differential/differential-operations.js';
import { sequenceArb } from '../../test/differential/operation-arbitraries.js';
import { type Outcome, runOperation } from '../../test/differential/differential-runner.js';
import { documentedDifference } from '../../test/differential/documented-differences.js';
import { localDynamoDBClient } from '../integration/local-table-client.js';
import { inMemoryTable } from './in-memory-table.js';

/**
 * Differential test: random sequences of `Table` operations run against DynamoDB Local and
 * against the in-memory DynamoDB must give the same results and the same errors.
 * Environment: DOKKLIB_DIFF_SEED and DOKKLIB_DIFF_PATH replay a failure (both are in its
 * message), DOKKLIB_DIFF_RUNS changes the 500 sequences, DOKKLIB_DIFF_SHRINK=1 shrinks a
 * failure to a minimal sequence, DOKKLIB_DIFF_COVERAGE=1 prints what the run exercised.
 */
const NUM_RUNS = Number(process.env.DOKKLIB_DIFF_RUNS ?? 500);
const SEED =
  process.env.DOKKLIB_DIFF_SEED === undefined ? undefined : Number(process.env.DOKKLIB_DIFF_SEED);
const PATH = process.env.DOKKLIB_DIFF_PATH;

const options: Omit<TableOptions, 'client'> = {
  clock: () => new Date('2024-01-02T03:04:05.000Z'),
  cursorSecret: 'differential',
};

/** What the sequences exercised: operation kind and outcome, for the end-of-run summary. */
const coverage = new Map<string, number>();

function tally(operation: Operation, outcome: Outcome): void {
  const result =
    'error' in outcome
      ? ((outcome.error as { sdkName?: string; class?: string }).sdkName ??
        (outcome.error as { class?: string }).class)
      : Array.isArray(outcome.ok)
        ? `${Math.min(outcome.ok.length, 3)}${outcome.ok.length >= 3 ? '+' : ''} results`
        : 'ok';
  const key = `${operation.kind}: ${result}`;
  coverage.set(key, (coverage.get(key) ?? 0) + 1);
}

/** How often each documented DynamoDB Local difference was seen, reported at the end. */
const exclusions = new Map<string, number>();

describe('InMemoryDynamoDB against DynamoDB Local', () => {
  let local: Table;

  afterAll(async () => {
    await local?.client.send(new DeleteTableCommand({ TableName: local.name }));
    if (process.env.DOKKLIB_DIFF_COVERAGE !== undefined) {
      const lines = [...coverage].sort(([a], [b]) => (a < b ? -1 : 1));
      process.stdout.write(`${lines.map(([key, count]) => `${key}: ${count}`).join('\n')}\n`);
    }
    if (exclusions.size > 0) {
      process.stdout.write(
        `Documented DynamoDB Local differences seen: ${JSON.stringify(Object.fromEntries(exclusions))}\n`,
      );
    }
  });

  beforeAll(async () => {
    local = new Table(`differential-${randomBytes(6).toString('hex')}`, {
      client: localDynamoDBClient(),
      ...options,
    });
    await createTable(local);
  });

  it('gives the same results and errors for random operation sequences', async () => {
    let sequence = 0;
    const property = fc.asyncProperty(sequenceArb, async (operations) => {
      sequence += 1;
      const ns = `${sequence}x`;
      const memory = inMemoryTable({ tableName: local.name, ...options }).table;
      try {
        await compareSequence(local, memory, ns, operations);
      } finally {
        await clear(local);
      }
    });
    const details = await fc.check(property, {
      numRuns: NUM_RUNS,
      seed: SEED,
      path: PATH,
      endOnFailure: process.env.DOKKLIB_DIFF_SHRINK === undefined,
    });
    if (details.failed) {
      throw new Error(
        `Differential test failed (seed ${details.seed}, path ${details.counterexamplePath}); rerun with DOKKLIB_DIFF_SEED=${details.seed} DOKKLIB_DIFF_PATH=${details.counterexamplePath}\n` +
          fc.defaultReportMessage(details) +
          `\n${String(details.errorInstance)}`,
      );
    }
  }, 300_000);
});

async function compareSequence(
  local: Table,
  memory: Table,
  ns: string,
  operations: readonly Operation[],
): Promise<void> {
  const outcomes: { operation: Operation; local: Outcome; memory: Outcome }[] = [];
  for (const operation of operations) {
    const fromLocal = await runOperation(local, ns, operation);
    const fromMemory = await runOperation(memory, ns, operation);
    outcomes.push({ operation, local: fromLocal, memory: fromMemory });
    tally(operation, fromLocal);
    const difference = documentedDifference(operation, fromLocal, fromMemory);
    if (difference !== undefined) exclusions.set(difference, (exclusions.get(difference) ?? 0) + 1);
    else if (!sameOutcome(fromLocal, fromMemory)) {
      throw new Error(
        `Step ${outcomes.length} differs:\n${JSON.stringify(operation)}\nDynamoDB Local: ${JSON.stringify(fromLocal)}\nin memory:      ${JSON.stringify(fromMemory)}`,
      );
    }
  }
}

function sameOutcome(a: Outcome, b: Outcome): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function clear(table: Table): Promise<void> {
  const { Items = [] } = await table.client.send(
    new ScanCommand({
      TableName: table.name,
      ProjectionExpression: 'PK, SK',
      ConsistentRead: true,
    }),
  );
  for (let start = 0; start < Items.length; start += 25) {
    const requests = Items.slice(start, start + 25).map((Key) => ({ DeleteRequest: { Key } }));
    await table.client.send(new BatchWriteCommand({ RequestItems: { [table.name]: requests } }));
  }
}
