import 'reflect-metadata';
import { DynamoDBError, Table } from '@dokklib/core';
import { EntityManager, UnitOfWork, VersionConflictError } from '@dokklib/decorators';
import { createLocalTable } from '../packages/core/test/local-table.js';
import { Membership } from '../packages/decorators/test/entities.js';
import { lossyLocalClient } from './support/lossy-client.js';
import { Counter } from './support/reliability-entities.js';
import { reliabilityCase } from './support/reliability-case.js';

let table: Table;
let lossy: ReturnType<typeof lossyLocalClient>;
let lossyTable: Table;
let em: EntityManager;

beforeAll(async () => {
  table = await createLocalTable();
  lossy = lossyLocalClient();
  lossyTable = new Table(table.name, { client: lossy.client });
  em = new EntityManager(table);
});

afterAll(() => lossy.client.destroy());

/** A unit of work over the lossy client that increments a counter and logs it with an insert. */
async function incrementWithLog(id: string): Promise<UnitOfWork> {
  const uow = new UnitOfWork(lossyTable);
  const counter = (await uow.get(Counter, { id }, { consistent: true }))!;
  counter.value += 1;
  uow.insert(Object.assign(new Membership(), { user: id, group: 'log', role: 'increment' }));
  return uow;
}

reliabilityCase(
  {
    id: 'UOW-1',
    area: 'At most once',
    case: 'DynamoDB Local: a UnitOfWork commit (counter +1 and an insert) whose request reaches DynamoDB but whose response is lost (ECONNRESET thrown by a wrapped HTTP handler), then committed again',
    expected:
      'The first commit throws DynamoDBError; the retry re-sends the same ClientRequestToken and succeeds; the counter is incremented exactly once and the insert applied once',
  },
  async (notes) => {
    await em.insert(Object.assign(new Counter(), { id: 'once', value: 0 }));
    const uow = await incrementWithLog('once');
    const token = uow.toTransactWriteInput()!.ClientRequestToken;
    lossy.loseResponses(1);
    const sentBefore = lossy.sent();
    await expect(uow.commit()).rejects.toBeInstanceOf(DynamoDBError);
    expect(lossy.sent()).toBe(sentBefore + 1);
    // The lost request took effect.
    expect((await em.get(Counter, { id: 'once' }, { consistent: true }))?.value).toBe(1);
    expect(uow.toTransactWriteInput()!.ClientRequestToken).toBe(token);
    await uow.commit();
    const counter = await em.get(Counter, { id: 'once' }, { consistent: true });
    expect(counter).toMatchObject({ value: 1, version: 2 });
    expect(await em.query(Membership, { user: 'once' }, { consistent: true })).toHaveLength(1);
    notes.transactionsSent = lossy.sent() - sentBefore;
  },
);

reliabilityCase(
  {
    id: 'UOW-2',
    area: 'At most once',
    case: 'DynamoDB Local control: the same lost response, but the change is redone in a new UnitOfWork (new token) from the stale state',
    expected:
      'Refused with VersionConflictError: the change is never applied twice even without the token',
  },
  async () => {
    await em.insert(Object.assign(new Counter(), { id: 'control', value: 0 }));
    const stale = new UnitOfWork(lossyTable);
    const counter = (await stale.get(Counter, { id: 'control' }, { consistent: true }))!;
    counter.value += 1;
    lossy.loseResponses(1);
    await expect(stale.commit()).rejects.toBeInstanceOf(DynamoDBError);
    const redo = new UnitOfWork(lossyTable);
    redo.update(Object.assign(new Counter(), { id: 'control', value: 1, version: 1 }));
    await expect(redo.commit()).rejects.toBeInstanceOf(VersionConflictError);
    expect(await em.get(Counter, { id: 'control' }, { consistent: true })).toMatchObject({
      value: 1,
      version: 2,
    });
  },
);

reliabilityCase(
  {
    id: 'UOW-5',
    area: 'At most once',
    case: 'DynamoDB Local: two UnitOfWorks load one versioned counter; each applies "value × 10 + its digit"; the first commits, the second gets VersionConflictError and follows its message: refresh, apply the change again, commit',
    expected:
      'The message recommends UnitOfWork.refresh(); after refresh the same instance holds the stored value and version; the retry succeeds; the counter holds both changes in commit order (12, version 3)',
  },
  async (notes) => {
    await em.insert(Object.assign(new Counter(), { id: 'race', value: 0 }));
    const first = new UnitOfWork(table);
    const second = new UnitOfWork(table);
    const mine = (await first.get(Counter, { id: 'race' }, { consistent: true }))!;
    const theirs = (await second.get(Counter, { id: 'race' }, { consistent: true }))!;
    const apply = (counter: Counter, digit: number) => (counter.value = counter.value * 10 + digit);
    apply(mine, 1);
    apply(theirs, 2);
    await first.commit();
    let attempts = 0;
    for (;;) {
      attempts += 1;
      try {
        await second.commit();
        break;
      } catch (error) {
        if (!(error instanceof VersionConflictError) || attempts > 3) throw error;
        expect(error.message).toMatch(/refresh it with UnitOfWork\.refresh\(\)/);
        expect(await second.refresh(theirs)).toBe(theirs);
        expect(theirs).toMatchObject({ value: 1, version: 2 });
        apply(theirs, 2);
      }
    }
    expect(await em.get(Counter, { id: 'race' }, { consistent: true })).toMatchObject({
      value: 12,
      version: 3,
    });
    expect(await second.get(Counter, { id: 'race' })).toBe(theirs);
    expect(theirs.version).toBe(3);
    notes.commitAttempts = attempts;
  },
);
