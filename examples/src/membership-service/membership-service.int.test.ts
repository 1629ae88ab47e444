/**
 * The membership service against DynamoDB Local (started once per run by jest's global
 * setup from `@dokklib/testing/jest`), in a table of its own.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createTable, Table } from '@dokklib/core';
import { EntityManager } from '@dokklib/decorators';
import { localDynamoDBClient, uniqueTableName } from '@dokklib/testing';
import { MembershipService } from './membership-service.js';
import { Team } from './team.js';

let client: DynamoDBClient;
let table: Table;
let service: MembershipService;

beforeAll(async () => {
  client = localDynamoDBClient();
  table = new Table(uniqueTableName('membership'), { client });
  await createTable(table);
  service = new MembershipService(table);
  await service.createTeam('red');
  await service.createTeam('blue');
});

afterAll(() => client.destroy());

async function members(team: string): Promise<string[]> {
  return (await service.members(team)).map((member) => `${member.user}:${member.role}`);
}

async function count(name: string): Promise<number | undefined> {
  return (await new EntityManager(table).get(Team, { name }))?.members;
}

it('joins, moves and leaves, keeping the member counts', async () => {
  await service.join('alice', 'red', 'admin');
  await service.join('bob', 'red', 'member');
  expect(await members('red')).toEqual(['alice:admin', 'bob:member']);

  await service.move('alice', 'red', 'blue');
  expect(await members('red')).toEqual(['bob:member']);
  expect(await members('blue')).toEqual(['alice:admin']);

  await expect(service.leave('bob', 'red')).resolves.toBe(true);
  await expect(service.leave('bob', 'red')).resolves.toBe(false);
  expect(await members('red')).toEqual([]);
  expect([await count('red'), await count('blue')]).toEqual([0, 1]);
});

it('refuses a second membership of the same team, changing nothing', async () => {
  await service.join('carol', 'blue', 'member');
  const before = await count('blue');
  await expect(service.join('carol', 'blue', 'admin')).rejects.toMatchObject({
    code: 'membership.alreadyMember',
  });
  expect(await count('blue')).toBe(before);
  expect(await members('blue')).toContain('carol:member');
});

it('refuses unknown teams and moves of non-members', async () => {
  await expect(service.join('dave', 'green', 'member')).rejects.toMatchObject({
    code: 'membership.unknownTeam',
  });
  await expect(service.move('dave', 'red', 'blue')).rejects.toMatchObject({
    code: 'membership.notAMember',
  });
});
