/**
 * The membership service tested over a mocked DynamoDB client: reads are stubbed with
 * entities, writes are checked in entity terms with dokklib's jest matchers.
 */
import '@dokklib/testing/jest/setup';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  committedUnitsOfWork,
  mockTable,
  stubGet,
  stubQuery,
  stubWrites,
  type MockedTable,
} from '@dokklib/testing';
import { MembershipError } from './membership-error.js';
import { MembershipService } from './membership-service.js';
import { Team } from './team.js';
import { TeamMember } from './team-member.js';

let mocked: MockedTable;
let service: MembershipService;

beforeEach(() => {
  mocked = mockTable();
  stubWrites(mocked.stub);
  service = new MembershipService(mocked.table);
});

function team(name: string, members: number): Team {
  return Object.assign(new Team(), { name, members, version: 4 });
}

function member(user: string, teamName: string, role = 'member'): TeamMember {
  return Object.assign(new TeamMember(), { user, team: teamName, role });
}

describe('join', () => {
  it('inserts the membership and counts it in one unit of work', async () => {
    stubGet(mocked.stub, team('red', 2));
    await service.join('alice', 'red', 'admin');
    expect(mocked.stub).toHaveCommitted([
      { action: 'insert', entity: member('alice', 'red', 'admin') },
      { action: 'update', entityClass: Team, key: { name: 'red' }, changes: { members: 3 } },
    ]);
  });

  it('refuses an unknown team and writes nothing', async () => {
    await expect(service.join('alice', 'red', 'admin')).rejects.toMatchObject({
      code: 'membership.unknownTeam',
    });
    expect(committedUnitsOfWork(mocked.stub)).toEqual([]);
  });

  it('says so when the user is already a member', async () => {
    stubGet(mocked.stub, team('red', 2));
    mocked.stub.on(TransactWriteCommand).rejects(
      Object.assign(new Error('Transaction cancelled'), {
        name: 'TransactionCanceledException',
        $fault: 'client',
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
      }),
    );
    const joining = service.join('alice', 'red', 'admin');
    await expect(joining).rejects.toThrow(MembershipError);
    await expect(joining).rejects.toMatchObject({ code: 'membership.alreadyMember' });
  });
});

describe('leave', () => {
  it('deletes the membership and uncounts it', async () => {
    stubGet(mocked.stub, team('red', 2), member('alice', 'red'));
    await expect(service.leave('alice', 'red')).resolves.toBe(true);
    expect(mocked.stub).toHaveCommitted([
      { action: 'delete', entity: member('alice', 'red') },
      { action: 'update', entity: team('red', 2), changes: { members: 1 } },
    ]);
  });

  it('does nothing for a user who is not a member', async () => {
    stubGet(mocked.stub, team('red', 2));
    await expect(service.leave('alice', 'red')).resolves.toBe(false);
    expect(mocked.stub).not.toHaveDeleted(TeamMember, { user: 'alice', team: 'red' });
  });
});

describe('move', () => {
  it('moves the membership with its role and both counts in one unit of work', async () => {
    stubGet(mocked.stub, team('red', 2), team('blue', 5), member('alice', 'red', 'admin'));
    await service.move('alice', 'red', 'blue');
    expect(mocked.stub).toHaveCommitted([
      { action: 'insert', entity: member('alice', 'blue', 'admin') },
      { action: 'delete', entityClass: TeamMember, key: { user: 'alice', team: 'red' } },
      { action: 'update', entity: team('red', 2), changes: { members: 1 } },
      { action: 'update', entity: team('blue', 5), changes: { members: 6 } },
    ]);
  });

  it('refuses a user who is not in the source team', async () => {
    stubGet(mocked.stub, team('red', 2), team('blue', 5));
    await expect(service.move('alice', 'red', 'blue')).rejects.toMatchObject({
      code: 'membership.notAMember',
    });
    expect(mocked.stub.calls().map((call) => call.args[0].constructor.name)).toEqual([
      'GetCommand',
    ]);
  });
});

describe('members', () => {
  it("reads a team's members, page after page, from the inverse index", async () => {
    const pages = [[member('alice', 'red'), member('bob', 'red')], [member('carol', 'red')]];
    stubQuery(mocked.stub, pages, {
      entityClass: TeamMember,
      key: { team: 'red' },
      options: { index: mocked.table.config.inverseIndex },
    });
    await expect(service.members('red')).resolves.toEqual(pages.flat());
    await expect(service.members('blue')).resolves.toEqual([]);
  });
});
