/**
 * Optimistic locking: two writers read the same `@Version` account; the first write wins,
 * the second is refused with a `VersionConflictError`, reloads the account and retries.
 * Then several writers deposit at once, each retrying until its write lands.
 */
import 'reflect-metadata';
import { Table } from '@dokklib/core';
import {
  Attribute,
  Entity,
  EntityManager,
  KeyProps,
  PartitionKey,
  UnitOfWork,
  Version,
  VersionConflictError,
} from '@dokklib/decorators';
import type { ExampleContext } from './example-context.js';

/** A bank account whose writes are checked against its version. */
@Entity('ACCOUNT')
class Account {
  declare [KeyProps]?: 'id';
  @PartitionKey() id!: string;
  @Attribute() balance!: number;
  @Version() version!: number;
}

/**
 * Loads the account in a new unit of work, applies `change` and commits, reloading and
 * retrying when another writer got there first. Returns the conflicts it retried.
 */
async function changeWithRetry(
  table: Table,
  id: string,
  change: (account: Account) => void,
): Promise<number> {
  for (let conflicts = 0; ; conflicts++) {
    const uow = new UnitOfWork(table);
    const account = await uow.get(Account, { id }, { consistent: true });
    if (account === undefined) throw new Error(`account ${id} does not exist`);
    change(account);
    try {
      await uow.commit();
      return conflicts;
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
    }
  }
}

export async function optimisticLockingExample({
  client,
  tableName,
  log,
}: ExampleContext): Promise<void> {
  const table = new Table(tableName, { client });
  const em = new EntityManager(table);
  await em.insert(Object.assign(new Account(), { id: 'acc-1', balance: 100 }));

  const writerA = (await em.get(Account, { id: 'acc-1' }, { consistent: true }))!;
  const writerB = (await em.get(Account, { id: 'acc-1' }, { consistent: true }))!;
  log(`A and B both read balance ${writerA.balance} at version ${writerB.version}`);

  await em.update(writerA, { balance: writerA.balance + 50 });
  log(`A deposited 50: balance ${writerA.balance}, version ${writerA.version}`);

  try {
    await em.update(writerB, { balance: writerB.balance - 30 });
  } catch (error) {
    if (!(error instanceof VersionConflictError)) throw error;
    log(
      `B refused (${error.code}): expected version ${error.expectedVersion}, found ${error.actualVersion}`,
    );
  }
  const reloaded = (await em.get(Account, { id: 'acc-1' }, { consistent: true }))!;
  log(`B reloaded: balance ${reloaded.balance} at version ${reloaded.version}`);
  await em.update(reloaded, { balance: reloaded.balance - 30 });
  log(`B withdrew 30: balance ${reloaded.balance}, version ${reloaded.version}`);

  const writers = 4;
  const depositsEach = 5;
  await Promise.all(
    Array.from({ length: writers }, async () => {
      for (let i = 0; i < depositsEach; i++) {
        await changeWithRetry(table, 'acc-1', (account) => {
          account.balance += 1;
        });
      }
    }),
  );
  const final = (await em.get(Account, { id: 'acc-1' }, { consistent: true }))!;
  log(
    `${writers} concurrent writers x ${depositsEach} deposits of 1: balance ${final.balance}, version ${final.version}`,
  );
}
