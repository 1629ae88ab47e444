// Type-level tests, checked by `npx tsc -p tsconfig.json --noEmit` (never run).
import 'reflect-metadata';
import { Group, Membership } from '../../../decorators/test/entities.js';
import type { MockedTable } from '../mock/mock-table.js';
import './setup.js';

export function typeTests({ stub }: MockedTable, member: Membership): void {
  expect(stub).toHaveInserted(member);
  expect(stub).not.toHavePut(member);
  expect(stub).toHaveDeleted(Membership, { user: 'alice', group: 'g1' });
  // @ts-expect-error: Membership's key needs both user and group.
  expect(stub).toHaveDeleted(Membership, { user: 'alice' });
  expect(stub).toHaveUpdated(Group, { name: 'g1' }, { members: 3 });
  // @ts-expect-error: not a key property of Group.
  expect(stub).toHaveUpdated(Group, { nam: 'g1' });
  // @ts-expect-error: members is a number.
  expect(stub).toHaveUpdated(Group, { name: 'g1' }, { members: 'three' });
  // @ts-expect-error: not a property of Group.
  expect(stub).toHaveUpdated(new Group(), { colour: 'red' });
  expect(stub).toHaveCommitted([
    { action: 'insert', entity: member },
    { action: 'delete', entityClass: Membership, key: { user: 'alice', group: 'g1' } },
  ]);
  // @ts-expect-error: not an action.
  expect(stub).toHaveCommitted([{ action: 'upsert', entity: member }]);
}
