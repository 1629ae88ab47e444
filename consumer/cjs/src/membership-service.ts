import type { Table } from '@dokklib/core';
import { EntityManager, UnitOfWork } from '@dokklib/decorators';
import { Group, Membership } from './entities';

/** Users joining and moving between groups; each change is one transaction keeping the counts. */
export class MembershipService {
  readonly #entities: EntityManager;

  constructor(private readonly table: Table) {
    this.#entities = new EntityManager(table);
  }

  createGroup(name: string): Promise<Group> {
    return this.#entities.insert(Object.assign(new Group(), { name, members: 0 }));
  }

  async join(user: string, group: string, role: string): Promise<Membership> {
    const uow = new UnitOfWork(this.table);
    const joined = await this.#group(uow, group);
    const membership = Object.assign(new Membership(), { user, group, role });
    uow.insert(membership);
    joined.members += 1;
    await uow.commit();
    return membership;
  }

  async move(user: string, from: string, to: string): Promise<Membership> {
    const uow = new UnitOfWork(this.table);
    const membership = await uow.get(Membership, { user, group: from });
    if (membership === undefined) throw new Error(`${user} is not in ${from}`);
    const [source, target] = [await this.#group(uow, from), await this.#group(uow, to)];
    const moved = Object.assign(new Membership(), { user, group: to, role: membership.role });
    uow.delete(membership).insert(moved);
    source.members -= 1;
    target.members += 1;
    await uow.commit();
    return moved;
  }

  members(group: string): Promise<Membership[]> {
    return this.#entities.query(Membership, { group }, { index: this.table.config.inverseIndex });
  }

  async #group(uow: UnitOfWork, name: string): Promise<Group> {
    const group = await uow.get(Group, { name });
    if (group === undefined) throw new Error(`There is no group ${name}`);
    return group;
  }
}
