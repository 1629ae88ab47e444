import 'reflect-metadata';
import { UnitOfWork } from '@dokklib/decorators';
import { Membership } from '../../../decorators/test/entities.js';
import { mockTable } from './mock-table.js';
import { stubWrites } from './stub-writes.js';

it('stubWrites makes every kind of write succeed', async () => {
  const { table, entities, stub } = mockTable();
  stubWrites(stub);
  const member = Object.assign(new Membership(), { user: 'alice', group: 'g1', role: 'member' });
  await entities.insert(member);
  await entities.put(member);
  await entities.update(member, { role: 'owner' });
  await entities.delete(member);
  await expect(entities.batchWrite({ put: [member] })).resolves.toMatchObject({
    requests: 1,
    retries: 0,
  });
  await new UnitOfWork(table).insert(member).commit();
  expect(stub.calls()).toHaveLength(6);
});
