// Against the DynamoDB Local that jest.config.js's one-line global setup started.
import { createTable, Table } from '@dokklib/core';
import { EntityManager, UnitOfWork, VersionConflictError } from '@dokklib/decorators';
import { localDynamoDBClient, uniqueTableName } from '@dokklib/testing';
import { Address, Group, User } from '../src/entities';
import { MembershipService } from '../src/membership-service';
import { alice } from './fixtures';

let table: Table;

beforeAll(async () => {
  table = new Table(uniqueTableName('consumer'), { client: localDynamoDBClient() });
  await createTable(table);
});

describe('against DynamoDB Local', () => {
  it('changes, commits, changes, commits: both changes stored, version 3', async () => {
    await new EntityManager(table).insert(alice());
    const uow = new UnitOfWork(table);
    const user = (await uow.get(User, { username: 'alice' }, { consistent: true }))!;
    user.email = 'first@example.com';
    await uow.commit();
    expect(user.version).toBe(2);
    user.address = Object.assign(new Address(), { street: '2 Side St', city: 'Bergen' });
    await uow.commit();
    const stored = await new EntityManager(table).get(
      User,
      { username: 'alice' },
      { consistent: true },
    );
    expect(stored).toMatchObject({ email: 'first@example.com', version: 3 });
    expect(stored!.address).toBeInstanceOf(Address);
    expect(stored!.address!.label()).toBe('2 Side St, Bergen');
  });

  it('refuses a stale version with VersionConflictError and writes nothing', async () => {
    const service = new MembershipService(table);
    await service.createGroup('green');
    const first = new UnitOfWork(table);
    const second = new UnitOfWork(table);
    const seenFirst = (await first.get(Group, { name: 'green' }, { consistent: true }))!;
    const seenSecond = (await second.get(Group, { name: 'green' }, { consistent: true }))!;
    seenFirst.members = 10;
    seenSecond.members = 20;
    await first.commit();
    await expect(second.commit()).rejects.toThrow(VersionConflictError);
    const stored = await new EntityManager(table).get(
      Group,
      { name: 'green' },
      { consistent: true },
    );
    expect(stored).toMatchObject({ members: 10, version: 2 });
  });

  it('moves a member and finds it on the inverse index', async () => {
    const service = new MembershipService(table);
    await service.createGroup('red');
    await service.createGroup('blue');
    await service.join('bob', 'red', 'admin');
    await service.move('bob', 'red', 'blue');
    expect((await service.members('blue')).map((m) => m.user)).toEqual(['bob']);
    expect(await service.members('red')).toEqual([]);
  });
});
