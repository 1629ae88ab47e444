/**
 * The membership service (examples/src/membership-service), tested three ways in its own
 * folder, run here against DynamoDB Local: teams, joins, a move and a refused second join.
 */
import { Table } from '@dokklib/core';
import type { ExampleContext } from './example-context.js';
import { MembershipError, MembershipService } from './membership-service/index.js';

export async function membershipServiceExample({
  client,
  tableName,
  log,
}: ExampleContext): Promise<void> {
  const service = new MembershipService(new Table(tableName, { client }));
  const members = async (team: string): Promise<string> =>
    (await service.members(team)).map((m) => `${m.user} (${m.role})`).join(', ') || '(none)';

  await service.createTeam('red');
  await service.createTeam('blue');
  await service.join('alice', 'red', 'admin');
  await service.join('bob', 'red', 'member');
  log(`red: ${await members('red')}`);
  await service.move('alice', 'red', 'blue');
  log(`after moving alice: red: ${await members('red')}; blue: ${await members('blue')}`);
  try {
    await service.join('bob', 'red', 'admin');
  } catch (error) {
    if (!(error instanceof MembershipError)) throw error;
    log(`refused (${error.code}): ${error.message}`);
  }
}
