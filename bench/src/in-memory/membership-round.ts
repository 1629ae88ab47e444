import { createTable, Table } from '@dokklib/core';
import {
  MembershipError,
  MembershipService,
} from '@dokklib/examples/dist/membership-service/index.js';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomBytes } from 'node:crypto';

/**
 * One test of a consumer's suite, as the membership service's own tests run it: a fresh
 * table, two teams, two joins, a listing, a move, two listings, a refused second join and a
 * leave. Resolves with the time the test's requests took; the table's creation is not
 * counted (`tableCreated` is called after it).
 */
export async function membershipRound(
  client: DynamoDBClient,
  tableCreated: () => void,
): Promise<number> {
  const table = new Table(`bench-membership-${randomBytes(6).toString('hex')}`, { client });
  await createTable(table);
  tableCreated();
  const service = new MembershipService(table);
  const started = performance.now();
  await service.createTeam('red');
  await service.createTeam('blue');
  await service.join('alice', 'red', 'admin');
  await service.join('bob', 'red', 'member');
  await service.members('red');
  await service.move('alice', 'red', 'blue');
  await service.members('red');
  await service.members('blue');
  await service.join('bob', 'red', 'admin').then(
    () => {
      throw new Error('The second join of bob to red was not refused.');
    },
    (error: unknown) => {
      if (!(error instanceof MembershipError)) throw error;
    },
  );
  await service.leave('bob', 'red');
  return performance.now() - started;
}
