/**
 * The membership service over the in-memory DynamoDB of `@dokklib/testing`: the same
 * scenarios as against DynamoDB Local, with no server and in milliseconds, plus what is
 * hard to arrange against a real database (a concurrent writer, an unprocessed batch).
 */
import '@dokklib/testing/jest/setup';
import { EntityManager, UnitOfWork, VersionConflictError } from '@dokklib/decorators';
import { inMemoryTable, type InMemoryTable } from '@dokklib/testing';
import { MembershipService } from './membership-service.js';
import { Team } from './team.js';
import { TeamMember } from './team-member.js';

let memory: InMemoryTable;
let service: MembershipService;
let entities: EntityManager;

beforeEach(async () => {
  memory = inMemoryTable();
  service = new MembershipService(memory.table);
  entities = new EntityManager(memory.table);
  await service.createTeam('red');
  await service.createTeam('blue');
});

async function members(team: string): Promise<string[]> {
  return (await service.members(team)).map((member) => `${member.user}:${member.role}`);
}

async function count(name: string): Promise<number | undefined> {
  return (await entities.get(Team, { name }))?.members;
}

it('joins, moves and leaves, keeping the member counts', async () => {
  await service.join('alice', 'red', 'admin');
  await service.join('bob', 'red', 'member');
  expect(await members('red')).toEqual(['alice:admin', 'bob:member']);

  await service.move('alice', 'red', 'blue');
  expect(memory.stub).toHaveCommitted([
    { action: 'insert', entity: Object.assign(new TeamMember(), { user: 'alice', team: 'blue' }) },
    { action: 'delete', entityClass: TeamMember, key: { user: 'alice', team: 'red' } },
    { action: 'update', entityClass: Team, key: { name: 'red' }, changes: { members: 1 } },
    { action: 'update', entityClass: Team, key: { name: 'blue' }, changes: { members: 1 } },
  ]);
  expect(await members('red')).toEqual(['bob:member']);
  expect(await members('blue')).toEqual(['alice:admin']);

  await expect(service.leave('bob', 'red')).resolves.toBe(true);
  await expect(service.leave('bob', 'red')).resolves.toBe(false);
  expect([await count('red'), await count('blue')]).toEqual([0, 1]);
});

it('refuses a second membership of the same team, changing nothing', async () => {
  await service.join('carol', 'blue', 'member');
  await expect(service.join('carol', 'blue', 'admin')).rejects.toMatchObject({
    code: 'membership.alreadyMember',
  });
  expect(await count('blue')).toBe(1);
  expect(await members('blue')).toEqual(['carol:member']);
});

it('fails a join whose team changed since it was read, and a retry succeeds', async () => {
  const stale = new UnitOfWork(memory.table);
  const team = (await stale.get(Team, { name: 'red' }))!;
  await service.join('dave', 'red', 'member'); // a concurrent writer bumps red's version
  stale.insert(Object.assign(new TeamMember(), { user: 'erin', team: 'red', role: 'member' }));
  team.members += 1;
  await expect(stale.commit()).rejects.toBeInstanceOf(VersionConflictError);
  expect(await members('red')).toEqual(['dave:member']); // nothing of the failed commit applied

  await service.join('erin', 'red', 'member');
  expect(await count('red')).toBe(2);
});

it('retries batch writes the store leaves unprocessed, and names what it gave up on', async () => {
  const put = (users: string[]) =>
    users.map((user) => Object.assign(new TeamMember(), { user, team: 'red', role: 'member' }));
  const retry = { baseDelayMs: 1, maxDelayMs: 2 };
  let refusals = 2; // u1 is left unprocessed twice, then written
  memory.db.faults.unprocessed((entry) => entry.key.PK === 'USER#u1' && refusals-- > 0);
  await entities.batchWrite({ put: put(['u1', 'u2']) }, { retry });
  expect((await members('red')).sort()).toEqual(['u1:member', 'u2:member']);

  memory.db.faults.clear();
  memory.db.faults.unprocessed((entry) => entry.key.PK === 'USER#u3');
  const error = await entities
    .batchWrite({ put: put(['u3', 'u4']) }, { retry: { ...retry, maxAttempts: 3 } })
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'BatchWriteError' });
  expect((await members('red')).sort()).toEqual(['u1:member', 'u2:member', 'u4:member']);
});
