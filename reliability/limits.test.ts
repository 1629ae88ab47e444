import 'reflect-metadata';
import {
  BatchDelete,
  BatchPut,
  DeleteArg,
  DokklibError,
  EntityName,
  InsertArg,
  InvalidKeyError,
  ItemTooLargeError,
  MAX_ITEM_BYTES,
  PartitionKey,
  PutArg,
  RequestTooLargeError,
  SortKey,
  UpdateArg,
  ValidationError,
} from '@dokklib/core';
import {
  DuplicateItemActionError,
  EntityManager,
  TooManyActionsError,
  UnitOfWork,
} from '@dokklib/decorators';
import { mockTable } from '../packages/core/test/mock-table.js';
import { Membership, User } from '../packages/decorators/test/entities.js';
import { type CaseRow, reliabilityCase } from './support/reliability-case.js';

const AREA = 'Limits (rejected before sending)';
const Doc = new EntityName('DOC');
const UserName = new EntityName('USER');
const pk = new PartitionKey(UserName, 'alice');
const sk = (i: number | string) => new SortKey(Doc, `d${i}`);
const oversized = 'x'.repeat(MAX_ITEM_BYTES);
const nearlyFull = 'x'.repeat(390 * 1024);
/** 2049 bytes with the `USER#` prefix; 1025 with `GROUP#`. */
const longPartitionValue = '€'.repeat(682);
const longSortValue = 'é'.repeat(510);

type ErrorClass = abstract new (...args: never[]) => DokklibError;
type Attempt = [string, (env: ReturnType<typeof mockTable>) => Promise<unknown> | unknown];

const user = (username: string, email = 'a@x.org') =>
  Object.assign(new User(), { username, email, joinedAt: new Date(0) });
const membership = (u: string, group: string, role = 'member') =>
  Object.assign(new Membership(), { user: u, group, role });
const em = (env: ReturnType<typeof mockTable>) => new EntityManager(env.table);
const uowOf = (env: ReturnType<typeof mockTable>, fill: (uow: UnitOfWork) => void) => {
  const uow = new UnitOfWork(env.table);
  fill(uow);
  return uow.commit();
};

/** Registers a limit case: every attempt throws `errorClass` and nothing is sent. */
function limitCase(row: Omit<CaseRow, 'area'>, errorClass: ErrorClass, attempts: Attempt[]): void {
  reliabilityCase({ ...row, area: AREA }, async (notes) => {
    for (const [name, attempt] of attempts) {
      const env = mockTable();
      env.mock.onAnyCommand().resolves({});
      const error = await Promise.resolve()
        .then(() => attempt(env))
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect({ name, error }).toEqual({ name, error: expect.any(errorClass) });
      expect({ name, sent: env.mock.calls().length }).toEqual({ name, sent: 0 });
    }
    notes.paths = attempts.length;
  });
}

limitCase(
  {
    id: 'LIMIT-1',
    case: 'An item over 400 KB: Table.put/insert, PutArg/InsertArg in a transaction, BatchPut, EntityManager.put/insert/update/batchWrite, UnitOfWork.put',
    expected: 'ItemTooLargeError, nothing sent',
  },
  ItemTooLargeError,
  [
    ['Table.put', ({ table }) => table.put(pk, sk(1), { big: oversized })],
    ['Table.insert', ({ table }) => table.insert(pk, sk(1), { big: oversized })],
    [
      'PutArg',
      ({ table }) => table.transactWriteItems([new PutArg(pk, sk(1), { big: oversized })]),
    ],
    [
      'InsertArg',
      ({ table }) => table.transactWriteItems([new InsertArg(pk, sk(1), { big: oversized })]),
    ],
    ['BatchPut', ({ table }) => table.batchWrite([new BatchPut(pk, sk(1), { big: oversized })])],
    ['EntityManager.put', (env) => em(env).put(user('a', oversized))],
    ['EntityManager.insert', (env) => em(env).insert(user('a', oversized))],
    [
      'EntityManager.update',
      (env) => em(env).update(Object.assign(user('a'), { version: 1 }), { email: oversized }),
    ],
    [
      'EntityManager.batchWrite',
      (env) => em(env).batchWrite({ put: [membership('a', 'g', oversized)] }),
    ],
    ['UnitOfWork.put', (env) => uowOf(env, (uow) => uow.put(membership('a', 'g', oversized)))],
  ],
);

limitCase(
  {
    id: 'LIMIT-2',
    case: 'A partition key over 2048 UTF-8 bytes (686 characters): PartitionKey, EntityManager.get/put, UnitOfWork.insert, EntityManager.batchGet',
    expected: 'InvalidKeyError, nothing sent',
  },
  InvalidKeyError,
  [
    ['PartitionKey', () => new PartitionKey(UserName, longPartitionValue)],
    ['EntityManager.get', (env) => em(env).get(User, { username: longPartitionValue })],
    ['EntityManager.put', (env) => em(env).put(user(longPartitionValue))],
    [
      'UnitOfWork.insert',
      (env) => uowOf(env, (uow) => uow.insert(membership(longPartitionValue, 'g'))),
    ],
    ['EntityManager.batchGet', (env) => em(env).batchGet(User, [{ username: longPartitionValue }])],
  ],
);

limitCase(
  {
    id: 'LIMIT-3',
    case: 'A sort key over 1024 UTF-8 bytes (516 characters): SortKey, EntityManager.put/delete, UnitOfWork.insert, EntityManager.batchWrite',
    expected: 'InvalidKeyError, nothing sent',
  },
  InvalidKeyError,
  [
    ['SortKey', () => new SortKey(new EntityName('GROUP'), longSortValue)],
    ['EntityManager.put', (env) => em(env).put(membership('a', longSortValue))],
    [
      'EntityManager.delete',
      (env) => em(env).delete(Membership, { user: 'a', group: longSortValue }),
    ],
    ['UnitOfWork.insert', (env) => uowOf(env, (uow) => uow.insert(membership('a', longSortValue)))],
    [
      'EntityManager.batchWrite',
      (env) => em(env).batchWrite({ put: [membership('a', longSortValue)] }),
    ],
  ],
);

limitCase(
  {
    id: 'LIMIT-4',
    case: 'More than 100 transaction actions: Table.transactWriteItems with 101, UnitOfWork with 101',
    expected: 'ValidationError (TooManyActionsError from the UnitOfWork), nothing sent',
  },
  ValidationError,
  [
    [
      'Table.transactWriteItems',
      ({ table }) =>
        table.transactWriteItems(Array.from({ length: 101 }, (_, i) => new DeleteArg(pk, sk(i)))),
    ],
    [
      'UnitOfWork',
      async (env) => {
        const error = await uowOf(env, (uow) => {
          for (let i = 0; i < 101; i += 1) uow.insert(membership('a', `g${i}`));
        }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(TooManyActionsError);
        throw error;
      },
    ],
  ],
);

limitCase(
  {
    id: 'LIMIT-5',
    case: 'A transaction over 4 MB (11 items of 390 KB): Table.transactWriteItems, UnitOfWork',
    expected: 'RequestTooLargeError, nothing sent',
  },
  RequestTooLargeError,
  [
    [
      'Table.transactWriteItems',
      ({ table }) =>
        table.transactWriteItems(
          Array.from({ length: 11 }, (_, i) => new PutArg(pk, sk(i), { big: nearlyFull })),
        ),
    ],
    [
      'UnitOfWork',
      (env) =>
        uowOf(env, (uow) => {
          for (let i = 0; i < 11; i += 1) uow.put(membership('a', `g${i}`, nearlyFull));
        }),
    ],
  ],
);

limitCase(
  {
    id: 'LIMIT-6',
    case: 'Two actions on one item in a transaction: Table (insert + update, put + delete), UnitOfWork (insert + delete, put + update)',
    expected: 'ValidationError (DuplicateItemActionError from the UnitOfWork), nothing sent',
  },
  ValidationError,
  [
    [
      'Table insert + update',
      ({ table }) =>
        table.transactWriteItems([
          new InsertArg(pk, sk(1)),
          new UpdateArg(pk, sk(1), { set: { a: 1 } }),
        ]),
    ],
    [
      'Table put + delete',
      ({ table }) => table.transactWriteItems([new PutArg(pk, sk(1)), new DeleteArg(pk, sk(1))]),
    ],
    [
      'UnitOfWork insert + delete',
      async (env) => {
        const error = await uowOf(env, (uow) =>
          uow.insert(membership('a', 'g')).delete(membership('a', 'g')),
        ).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DuplicateItemActionError);
        throw error;
      },
    ],
    ['UnitOfWork put + update', (env) => uowOf(env, (uow) => uow.put(user('a')).update(user('a')))],
  ],
);

limitCase(
  {
    id: 'LIMIT-7',
    case: 'Duplicate keys in one batch: Table.batchWrite (put + delete), Table.batchGet, EntityManager.batchWrite, EntityManager.batchGet',
    expected: 'ValidationError, nothing sent',
  },
  ValidationError,
  [
    [
      'Table.batchWrite',
      ({ table }) =>
        table.batchWrite([
          new BatchPut(pk, sk(1)),
          new BatchDelete(pk, sk(2)),
          new BatchDelete(pk, sk(1)),
        ]),
    ],
    [
      'Table.batchGet',
      ({ table }) =>
        table.batchGet([
          { pk, sk: sk(1) },
          { pk, sk: sk(2) },
          { pk, sk: sk(1) },
        ]),
    ],
    [
      'EntityManager.batchWrite',
      (env) => em(env).batchWrite({ put: [membership('a', 'g')], delete: [membership('a', 'g')] }),
    ],
    [
      'EntityManager.batchGet',
      (env) => em(env).batchGet(User, [{ username: 'a' }, { username: 'a' }]),
    ],
  ],
);

limitCase(
  {
    id: 'LIMIT-8',
    case: 'Empty key values: PartitionKey, SortKey, EntityManager.put/get, UnitOfWork.insert, EntityManager.batchWrite',
    expected: 'InvalidKeyError, nothing sent',
  },
  InvalidKeyError,
  [
    ['PartitionKey', () => new PartitionKey(UserName, '')],
    ['SortKey', () => new SortKey(Doc, '')],
    ['EntityManager.put', (env) => em(env).put(user(''))],
    ['EntityManager.get', (env) => em(env).get(Membership, { user: 'a', group: '' })],
    ['UnitOfWork.insert', (env) => uowOf(env, (uow) => uow.insert(membership('', 'g')))],
    ['EntityManager.batchWrite', (env) => em(env).batchWrite({ delete: [membership('a', '')] })],
  ],
);

limitCase(
  {
    id: 'LIMIT-9',
    case: 'A key value with the separator "#": PartitionKey, SortKey, EntityManager.put/get/delete, UnitOfWork.insert, EntityManager.batchGet',
    expected: 'InvalidKeyError, nothing sent',
  },
  InvalidKeyError,
  [
    ['PartitionKey', () => new PartitionKey(UserName, 'alice#admin')],
    ['SortKey', () => new SortKey(Doc, 'd#1')],
    ['EntityManager.put', (env) => em(env).put(user('alice#admin'))],
    ['EntityManager.get', (env) => em(env).get(User, { username: '#' })],
    ['EntityManager.delete', (env) => em(env).delete(Membership, { user: 'a', group: 'g#x' })],
    ['UnitOfWork.insert', (env) => uowOf(env, (uow) => uow.insert(membership('a#b', 'g')))],
    [
      'EntityManager.batchGet',
      (env) => em(env).batchGet(Membership, [{ user: 'a', group: 'GROUP#x' }]),
    ],
  ],
);
