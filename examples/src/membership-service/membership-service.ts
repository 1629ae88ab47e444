import { type Table, TransactionCanceledError } from '@dokklib/core';
import { EntityManager, UnitOfWork } from '@dokklib/decorators';
import { MembershipError } from './membership-error.js';
import { Team } from './team.js';
import { TeamMember } from './team-member.js';

/**
 * Users joining, leaving and moving between teams. Each change of membership is one
 * transaction that also keeps the teams' member counts (checked by their `@Version`).
 */
export class MembershipService {
  readonly #entities: EntityManager;

  constructor(private readonly table: Table) {
    this.#entities = new EntityManager(table);
  }

  /** Creates a team without members. @throws {ConditionalCheckFailedError} if it exists. */
  createTeam(name: string): Promise<Team> {
    return this.#entities.insert(Object.assign(new Team(), { name, members: 0 }));
  }

  /** Adds a user to a team with a role. @throws {MembershipError} for an unknown team or a member. */
  async join(user: string, team: string, role: string): Promise<TeamMember> {
    const uow = new UnitOfWork(this.table);
    const joined = await this.#team(uow, team);
    const member = Object.assign(new TeamMember(), { user, team, role });
    uow.insert(member);
    joined.members += 1;
    await commit(uow, `${user} is already a member of ${team}`);
    return member;
  }

  /** Removes a user from a team; `false` if they were not a member. */
  async leave(user: string, team: string): Promise<boolean> {
    const uow = new UnitOfWork(this.table);
    const member = await uow.get(TeamMember, { user, team });
    if (member === undefined) return false;
    const left = await this.#team(uow, team);
    uow.delete(member);
    left.members -= 1;
    await uow.commit();
    return true;
  }

  /**
   * Moves a user from one team to another, keeping their role.
   * @throws {MembershipError} if they are not in `from`, already in `to`, or `to` is unknown.
   */
  async move(user: string, from: string, to: string): Promise<TeamMember> {
    const uow = new UnitOfWork(this.table);
    const member = await uow.get(TeamMember, { user, team: from });
    if (member === undefined) {
      throw new MembershipError('membership.notAMember', `${user} is not a member of ${from}.`);
    }
    const [source, target] = [await this.#team(uow, from), await this.#team(uow, to)];
    const moved = Object.assign(new TeamMember(), { user, team: to, role: member.role });
    uow.insert(moved).delete(member);
    source.members -= 1;
    target.members += 1;
    await commit(uow, `${user} is already a member of ${to}`);
    return moved;
  }

  /** The members of a team, read from the inverse index. */
  members(team: string): Promise<TeamMember[]> {
    return this.#entities.query(TeamMember, { team }, { index: this.table.config.inverseIndex });
  }

  async #team(uow: UnitOfWork, name: string): Promise<Team> {
    const team = await uow.get(Team, { name });
    if (team === undefined) {
      throw new MembershipError('membership.unknownTeam', `There is no team ${name}.`);
    }
    return team;
  }
}

/** Commits a unit of work whose first action is an insert of a membership. */
async function commit(uow: UnitOfWork, alreadyMember: string): Promise<void> {
  try {
    await uow.commit();
  } catch (error) {
    const insert = error instanceof TransactionCanceledError ? error.reasons[0] : undefined;
    if (insert?.code === 'ConditionalCheckFailed') {
      throw new MembershipError('membership.alreadyMember', `${alreadyMember}.`, { cause: error });
    }
    throw error;
  }
}
