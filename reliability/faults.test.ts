import 'reflect-metadata';
import {
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
  BatchWriteCommand,
  BatchGetCommand,
} from '@aws-sdk/lib-dynamodb';
import {
  BatchDelete,
  BatchGetError,
  BatchPut,
  BatchWriteError,
  CapacityError,
  DeleteArg,
  DokklibError,
  DynamoDBError,
  EntityName,
  PartitionKey,
  PrefixSortKey,
  SortKey,
  TransactionConflictError,
  UpdateArg,
} from '@dokklib/core';
import { EntityManager, UnitOfWork } from '@dokklib/decorators';
import { mockTable } from '../packages/core/test/mock-table.js';
import { Membership, User } from '../packages/decorators/test/entities.js';
import { reliabilityCase } from './support/reliability-case.js';

const AREA = 'Fault injection';
const Doc = new EntityName('DOC');
const UserName = new EntityName('USER');
const pk = new PartitionKey(UserName, 'alice');
const sk = (i: number) => new SortKey(Doc, `d${i}`);
const fastRetry = { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 }, concurrency: 1 };

type ErrorClass = abstract new (...args: never[]) => DokklibError;

/** An injected failure: the error the SDK throws and the typed error callers must see. */
interface Fault {
  readonly id: string;
  readonly label: string;
  readonly make: () => Error;
  readonly expected: ErrorClass;
}

const sdkError = (name: string, message: string, extra: object = {}): Error =>
  Object.assign(new Error(message), { name, $fault: 'client', $metadata: {}, ...extra });

const faults: Fault[] = [
  {
    id: 'FAULT-1',
    label: 'ProvisionedThroughputExceededException',
    make: () => sdkError('ProvisionedThroughputExceededException', 'throughput exceeded'),
    expected: CapacityError,
  },
  {
    id: 'FAULT-2',
    label: 'ThrottlingException',
    make: () => sdkError('ThrottlingException', 'rate exceeded'),
    expected: CapacityError,
  },
  {
    id: 'FAULT-3',
    label: 'TransactionConflictException',
    make: () => sdkError('TransactionConflictException', 'conflict'),
    expected: TransactionConflictError,
  },
  {
    id: 'FAULT-4',
    label: 'a network error (ECONNRESET)',
    make: () => sdkError('Error', 'read ECONNRESET', { code: 'ECONNRESET', errno: -104 }),
    expected: DynamoDBError,
  },
  {
    id: 'FAULT-5',
    label: 'a timeout (TimeoutError)',
    make: () => sdkError('TimeoutError', 'Connection timed out after 1000 ms'),
    expected: DynamoDBError,
  },
  {
    id: 'FAULT-6',
    label: 'an aborted request (AbortError)',
    make: () => sdkError('AbortError', 'Request aborted'),
    expected: DynamoDBError,
  },
];

const page = {
  Items: [{ PK: 'USER#alice', SK: 'DOC#d1', n: 1 }],
  LastEvaluatedKey: { PK: 'USER#alice', SK: 'DOC#d1' },
};
const user = () =>
  Object.assign(new User(), {
    username: 'alice',
    email: 'a@x.org',
    joinedAt: new Date(0),
    version: 1,
  });

/** Runs `call` against a table whose every request fails with `fault`; returns what it threw. */
async function failure(fault: Fault, call: Call): Promise<unknown> {
  const { table, mock } = mockTable();
  mock.onAnyCommand().rejects(fault.make());
  // Paged reads: the first page arrives, the second fails; nothing partial may come back.
  mock.on(QueryCommand).resolvesOnce(page).rejects(fault.make());
  mock.on(ScanCommand).resolvesOnce(page).rejects(fault.make());
  // Batches: the first chunk is applied, the rest fails.
  mock.on(BatchWriteCommand).resolvesOnce({}).rejects(fault.make());
  mock
    .on(BatchGetCommand)
    .resolvesOnce({ Responses: { T: [] } })
    .rejects(fault.make());
  return call(table).then(
    (value) => ({ resolved: value }),
    (error: unknown) => error,
  );
}

type Call = (table: ReturnType<typeof mockTable>['table']) => Promise<unknown>;

const tableCalls: [string, Call][] = [
  ['Table.insert', (t) => t.insert(pk, sk(1), { n: 1 })],
  ['Table.put', (t) => t.put(pk, sk(1), { n: 1 })],
  ['Table.get', (t) => t.get(pk, sk(1))],
  ['Table.update', (t) => t.update(pk, sk(1), { add: { n: 1 } })],
  ['Table.delete', (t) => t.delete(pk, sk(1))],
  ['Table.query (2nd page fails)', (t) => t.query(pk)],
  ['Table.queryPrefix (2nd page fails)', (t) => t.queryPrefix(pk, new PrefixSortKey(Doc))],
  [
    'Table.queryPage',
    (t) => t.queryPage(pk, { cursor: undefined, pageSize: 1 }).then(() => t.query(pk)),
  ],
  [
    'Table.scan (2nd page fails)',
    async (t) => {
      for await (const _ of t.scan()) {
        /* read all */
      }
    },
  ],
  [
    'Table.transactWriteItems',
    (t) =>
      t.transactWriteItems([new UpdateArg(pk, sk(1), { add: { n: 1 } }), new DeleteArg(pk, sk(2))]),
  ],
  ['Table.transactGetItems', (t) => t.transactGetItems([{ pk, sk: sk(1) }])],
  ['EntityManager.insert', (t) => new EntityManager(t).insert(user())],
  ['EntityManager.put', (t) => new EntityManager(t).put(user())],
  ['EntityManager.get', (t) => new EntityManager(t).get(User, { username: 'alice' })],
  ['EntityManager.update', (t) => new EntityManager(t).update(user(), { email: 'b@x.org' })],
  ['EntityManager.delete', (t) => new EntityManager(t).delete(user())],
  [
    'EntityManager.query (2nd page fails)',
    (t) => new EntityManager(t).query(Membership, { user: 'alice' }),
  ],
  [
    'UnitOfWork.commit',
    (t) =>
      new UnitOfWork(t)
        .insert(Object.assign(new Membership(), { user: 'a', group: 'g', role: 'r' }))
        .commit(),
  ],
];

for (const fault of faults) {
  reliabilityCase(
    {
      id: fault.id,
      area: AREA,
      case: `${fault.label} on every Table operation (insert, put, get, update, delete, query/queryPrefix/scan failing on page 2, transactWriteItems, transactGetItems), EntityManager (insert, put, get, update, delete, query) and UnitOfWork.commit`,
      expected: `${fault.expected.name} with the SDK error as cause; no partial result returned; a failed versioned write leaves the entity's version unchanged`,
    },
    async (notes) => {
      for (const [name, call] of tableCalls) {
        const error = await failure(fault, call);
        expect({ name, error }).toEqual({ name, error: expect.any(fault.expected) });
        expect((error as Error).cause).toMatchObject({ message: fault.make().message });
      }
      const entity = user();
      await failure(fault, (t) => new EntityManager(t).update(entity, { email: 'new@x.org' }));
      expect(entity.version).toBe(1);
      notes.operations = tableCalls.length;
    },
  );
}

reliabilityCase(
  {
    id: 'FAULT-7',
    area: AREA,
    case: 'Each fault above on batchWrite and batchGet of 30 items whose first chunk succeeds (capacity errors are retried, then given up)',
    expected:
      'BatchWriteError / BatchGetError whose cause is the typed error; processed lists exactly the first chunk, unprocessed exactly the rest',
  },
  async () => {
    const writes = Array.from({ length: 30 }, (_, i) =>
      i % 5 === 0 ? new BatchDelete(pk, sk(i)) : new BatchPut(pk, sk(i), { n: i }),
    );
    const keys = Array.from({ length: 130 }, (_, i) => ({ pk, sk: sk(i) }));
    for (const fault of faults) {
      const writeError = (await failure(fault, (t) =>
        t.batchWrite(writes, fastRetry),
      )) as BatchWriteError;
      expect(writeError).toBeInstanceOf(BatchWriteError);
      expect(writeError.cause).toBeInstanceOf(fault.expected);
      expect(writeError.processed).toEqual(writes.slice(0, 25));
      expect(writeError.unprocessed).toEqual(writes.slice(25));
      const getError = (await failure(fault, (t) => t.batchGet(keys, fastRetry))) as BatchGetError;
      expect(getError).toBeInstanceOf(BatchGetError);
      expect(getError.cause).toBeInstanceOf(fault.expected);
      expect(getError.processed.map((read) => read.key)).toEqual(keys.slice(0, 100));
      expect(getError.unprocessed).toEqual(keys.slice(100));
    }
  },
);

reliabilityCase(
  {
    id: 'FAULT-8',
    area: AREA,
    case: 'A UnitOfWork commit that fails with each fault, then succeeds when committed again',
    expected:
      'The failed commit throws the typed error and changes nothing in memory (versions unchanged, actions kept); the retry sends the same ClientRequestToken',
  },
  async () => {
    for (const fault of faults) {
      const { table, mock } = mockTable();
      mock.on(TransactWriteCommand).rejectsOnce(fault.make()).resolves({});
      const uow = new UnitOfWork(table);
      const entity = user();
      uow.put(entity);
      await expect(uow.commit()).rejects.toBeInstanceOf(fault.expected);
      expect(entity.version).toBe(1);
      await uow.commit();
      expect(entity.version).toBe(2);
      const tokens = mock
        .commandCalls(TransactWriteCommand)
        .map((c) => c.args[0].input.ClientRequestToken);
      expect(tokens).toHaveLength(2);
      expect(tokens[1]).toBe(tokens[0]);
    }
  },
);
