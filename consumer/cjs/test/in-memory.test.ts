import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { inMemoryTable } from '@dokklib/testing';
import { EntityManager, UnitOfWork } from '@dokklib/decorators';
import { Address, Group, Invite, Membership, User } from '../src/entities';
import { MembershipService } from '../src/membership-service';
import { alice } from './fixtures';

describe('the membership service over the in-memory DynamoDB', () => {
  it('reads nested @Type classes and Dates back as instances', async () => {
    const { table } = inMemoryTable();
    const em = new EntityManager(table);
    await em.insert(alice());
    const read = await em.get(User, { username: 'alice' });
    expect(read).toBeInstanceOf(User);
    expect(read!.address).toBeInstanceOf(Address);
    expect(read!.address!.label()).toBe('1 Main St, Oslo');
    expect(read!.joinedAt).toBeInstanceOf(Date);
    expect(read!.joinedAt.toISOString()).toBe('2024-05-01T10:00:00.000Z');
  });

  it('joins, moves and lists members through the inverse index', async () => {
    const { table } = inMemoryTable();
    const service = new MembershipService(table);
    await service.createGroup('red');
    await service.createGroup('blue');
    await service.join('alice', 'red', 'admin');
    await service.move('alice', 'red', 'blue');
    expect(await service.members('red')).toEqual([]);
    expect(await service.members('blue')).toEqual([
      Object.assign(new Membership(), { user: 'alice', group: 'blue', role: 'admin' }),
    ]);
    const em = new EntityManager(table);
    expect((await em.get(Group, { name: 'red' }))!.members).toBe(0);
    expect((await em.get(Group, { name: 'blue' }))!.members).toBe(1);
  });

  it('keeps entities managed across commits: the second change is written too', async () => {
    const { table } = inMemoryTable();
    await new EntityManager(table).insert(alice());
    const uow = new UnitOfWork(table);
    const user = (await uow.get(User, { username: 'alice' }))!;
    user.email = 'first@example.com';
    await uow.commit();
    user.email = 'second@example.com';
    await uow.commit();
    const stored = await new EntityManager(table).get(User, { username: 'alice' });
    expect(stored).toMatchObject({ email: 'second@example.com', version: 3 });
  });

  it('stores a key prefix that names no entity class', async () => {
    const { table, client } = inMemoryTable();
    const sentAt = new Date('2024-06-01T00:00:00.000Z');
    await new EntityManager(table).insert(
      Object.assign(new Invite(), { group: 'red', email: 'bob@example.com', sentAt }),
    );
    const { Items } = await client.send(new ScanCommand({ TableName: table.config.tableName }));
    expect(Items!.map((item) => [item.PK, item.SK])).toEqual([
      ['GROUP#red', 'EMAIL#bob@example.com'],
    ]);
  });
});
