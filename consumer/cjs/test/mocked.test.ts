// No import of '@dokklib/testing/jest/setup' here: the matchers' types come from the
// tsconfig's "types" entry, their code from jest.config.js's setupFilesAfterEnv.
import { committedUnitsOfWork, mockTable, stubGet, stubWrites } from '@dokklib/testing';
import { Group } from '../src/entities';
import { MembershipService } from '../src/membership-service';
import { group, membership } from './fixtures';

describe('the membership service over a mocked client', () => {
  it('joins in one unit of work, checked with the typed matchers', async () => {
    const { table, stub } = mockTable();
    stubWrites(stub);
    stubGet(stub, group('red', 2, 4));
    await new MembershipService(table).join('alice', 'red', 'admin');
    expect(stub).toHaveCommitted([
      { action: 'insert', entity: membership('alice', 'red', 'admin') },
      { action: 'update', entityClass: Group, key: { name: 'red' }, changes: { members: 3 } },
    ]);
    expect(stub).toHaveInserted(membership('alice', 'red', 'admin'));
    expect(stub).not.toHaveDeleted(Group, { name: 'red' });
    expect(committedUnitsOfWork(stub)).toHaveLength(1);
  });
});
