import 'reflect-metadata';
import { UnitOfWork } from '@dokklib/decorators';
import { Group, Membership, User } from '../../../decorators/test/entities.js';
import { mockTable } from '../mock/mock-table.js';
import { stubWrites } from '../mock/stub-writes.js';
import './setup.js';

function setup() {
  const mocked = mockTable({ tableOptions: { clock: () => new Date('2024-05-06T07:08:09.000Z') } });
  stubWrites(mocked.stub);
  return mocked;
}

function membership(group: string, role = 'member'): Membership {
  return Object.assign(new Membership(), { user: 'alice', group, role });
}

/** The message of a failed expectation. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the expectation passed');
}

describe('toHaveInserted, toHavePut', () => {
  it('pass for a partially matching entity inserted alone or in a unit of work', async () => {
    const { table, entities, stub } = setup();
    await entities.insert(membership('g1'));
    await new UnitOfWork(table).insert(membership('g2', 'owner')).commit();
    expect(stub).toHaveInserted(membership('g1'));
    expect(stub).toHaveInserted(Object.assign(new Membership(), { group: 'g2', role: 'owner' }));
    expect(stub).not.toHaveInserted(membership('g2', 'member'));
    expect(stub).not.toHavePut(membership('g1'));
  });

  it('accept what mockTable returns, and asymmetric matchers in properties', async () => {
    const mocked = setup();
    const user = Object.assign(new User(), { username: 'alice', email: 'a@x.org', version: 2 });
    await mocked.entities.put(user);
    expect(mocked).toHavePut(
      Object.assign(new User(), { username: 'alice', version: expect.any(Number) }),
    );
  });

  it('say what was expected and what was sent, in entity terms', async () => {
    const { entities, stub } = setup();
    expect(failure(() => expect(stub).toHaveInserted(membership('g1')))).toBe(
      'expect(stub).toHaveInserted(…)\n\n' +
        "Expected: insert Membership { user: 'alice', group: 'g1', role: 'member' }\n" +
        'Writes sent: none.',
    );
    await entities.insert(membership('g2'));
    await entities.delete(Membership, { user: 'alice', group: 'g3' });
    expect(failure(() => expect(stub).toHaveInserted(membership('g1')))).toBe(
      'expect(stub).toHaveInserted(…)\n\n' +
        "Expected: insert Membership { user: 'alice', group: 'g1', role: 'member' }\n" +
        'Writes sent (2):\n' +
        "  insert Membership { user: 'alice', group: 'g2', role: 'member' }\n" +
        "  delete Membership { user: 'alice', group: 'g3' }",
    );
    expect(failure(() => expect(stub).not.toHaveInserted(membership('g2')))).toBe(
      'expect(stub).not.toHaveInserted(…)\n\n' +
        "Expected no: insert Membership { user: 'alice', group: 'g2', role: 'member' }\n" +
        'Sent:\n' +
        "  insert Membership { user: 'alice', group: 'g2', role: 'member' }",
    );
  });

  it('refuse something that is not a stub', () => {
    expect(() => expect({}).toHaveInserted(membership('g1'))).toThrow(
      /toHaveInserted expects the aws-sdk-client-mock stub of a DynamoDBDocumentClient/,
    );
  });
});

describe('toHaveDeleted, toHaveUpdated', () => {
  it('match by entity or by class and key, and updates by changed properties', async () => {
    const { entities, stub } = setup();
    await entities.delete(membership('g1'));
    const group = Object.assign(new Group(), { name: 'g1', members: 2, version: 1 });
    await entities.update(group, { members: 3 });
    expect(stub).toHaveDeleted(membership('g1'));
    expect(stub).toHaveDeleted(Membership, { user: 'alice', group: 'g1' });
    expect(stub).not.toHaveDeleted(Membership, { user: 'alice', group: 'g2' });
    expect(stub).toHaveUpdated(group);
    expect(stub).toHaveUpdated(group, { members: 3 });
    expect(stub).toHaveUpdated(Group, { name: 'g1' }, { members: 3, version: 2 });
    expect(stub).not.toHaveUpdated(Group, { name: 'g1' }, { members: 4 });
    expect(failure(() => expect(stub).toHaveUpdated(Group, { name: 'g1' }, { members: 4 }))).toBe(
      'expect(stub).toHaveUpdated(…)\n\n' +
        "Expected: update Group { name: 'g1' } set { members: 4 }\n" +
        'Writes sent (2):\n' +
        "  delete Membership { user: 'alice', group: 'g1' }\n" +
        "  update Group { name: 'g1' } set { members: 3, version: 2 } if (attribute_exists(PK)) AND (version = 1)",
    );
  });
});

describe('toHaveCommitted', () => {
  it('passes for a unit of work of exactly the expected actions, in any order', async () => {
    const { table, stub } = setup();
    await new UnitOfWork(table).delete(membership('g1')).insert(membership('g2')).commit();
    expect(stub).toHaveCommitted([
      { action: 'insert', entity: membership('g2') },
      { action: 'delete', entityClass: Membership, key: { user: 'alice', group: 'g1' } },
    ]);
    expect(stub).not.toHaveCommitted([{ action: 'insert', entity: membership('g2') }]);
  });

  it('lists the units of work committed when none matches', async () => {
    const { table, stub } = setup();
    const expected = [{ action: 'insert' as const, entity: membership('g2') }];
    expect(failure(() => expect(stub).toHaveCommitted(expected))).toBe(
      'expect(stub).toHaveCommitted(expected)\n\n' +
        'Expected a unit of work of exactly these actions (in any order):\n' +
        "  insert Membership { user: 'alice', group: 'g2', role: 'member' }\n" +
        'Committed units of work: none.',
    );
    await new UnitOfWork(table).delete(membership('g1')).insert(membership('g3')).commit();
    expect(failure(() => expect(stub).toHaveCommitted(expected))).toBe(
      'expect(stub).toHaveCommitted(expected)\n\n' +
        'Expected a unit of work of exactly these actions (in any order):\n' +
        "  insert Membership { user: 'alice', group: 'g2', role: 'member' }\n" +
        'Committed units of work (1):\n' +
        '  #1:\n' +
        "    delete Membership { user: 'alice', group: 'g1' }\n" +
        "    insert Membership { user: 'alice', group: 'g3', role: 'member' }",
    );
    expect(
      failure(() =>
        expect(stub).not.toHaveCommitted([
          { action: 'insert', entity: membership('g3') },
          { action: 'delete', entity: membership('g1') },
        ]),
      ),
    ).toBe(
      'expect(stub).not.toHaveCommitted(expected)\n\n' +
        'Expected no unit of work of exactly these actions:\n' +
        "  insert Membership { user: 'alice', group: 'g3', role: 'member' }\n" +
        "  delete Membership { user: 'alice', group: 'g1' }\n" +
        'but unit of work #1 was.',
    );
  });
});

describe('the setup entry', () => {
  it("refuses to run where jest's expect is not global, as in globalSetup", async () => {
    const global = globalThis as { expect?: unknown };
    const saved = global.expect;
    delete global.expect;
    let error: unknown;
    try {
      await jest.isolateModulesAsync(async () => {
        await import('./setup.js');
      });
    } catch (caught) {
      error = caught;
    } finally {
      global.expect = saved;
    }
    expect(String(error)).toMatch(/list it in setupFilesAfterEnv, not globalSetup/);
  });
});
