import { Address, Group, Membership, User } from '../src/entities';

export function alice(): User {
  return Object.assign(new User(), {
    username: 'alice',
    email: 'alice@example.com',
    joinedAt: new Date('2024-05-01T10:00:00.000Z'),
    address: Object.assign(new Address(), { street: '1 Main St', city: 'Oslo' }),
  });
}

export function group(name: string, members: number, version = 1): Group {
  return Object.assign(new Group(), { name, members, version });
}

export function membership(user: string, groupName: string, role = 'member'): Membership {
  return Object.assign(new Membership(), { user, group: groupName, role });
}
