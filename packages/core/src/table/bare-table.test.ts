import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { ConditionalCheckFailedError } from '../errors/conditional-check-failed-error.js';
import { InvalidKeyError } from '../errors/invalid-key-error.js';
import { EntityName } from '../keys/entity-name.js';
import { PartitionKey } from '../keys/partition-key.js';
import { PrefixSortKey } from '../keys/prefix-sort-key.js';
import { SortKey } from '../keys/sort-key.js';
import { batchGet, batchGetRequests } from '../operations/batch-get/batch-get.js';
import { BatchDelete } from '../operations/batch-write/batch-delete.js';
import { BatchPut } from '../operations/batch-write/batch-put.js';
import { batchWrite, batchWriteRequests } from '../operations/batch-write/batch-write.js';
import { deleteItem, deleteItemRequest } from '../operations/delete/delete-item.js';
import { getItem, getItemRequest } from '../operations/get/get-item.js';
import { insertItem, insertItemRequest } from '../operations/put/insert-item.js';
import { putItem, putItemRequest } from '../operations/put/put-item.js';
import { query, queryRequest } from '../operations/query/query.js';
import { queryPrefix, queryPrefixRequest } from '../operations/query/query-prefix.js';
import { scan, scanRequest } from '../operations/scan/scan.js';
import {
  transactGetItems,
  transactGetItemsRequest,
} from '../operations/transact-get/transact-get.js';
import { InsertArg } from '../operations/transact-write/insert-arg.js';
import { UpdateArg } from '../operations/transact-write/update-arg.js';
import {
  transactWriteItems,
  transactWriteItemsRequest,
} from '../operations/transact-write/transact-write-items.js';
import { updateItem, updateItemRequest } from '../operations/update/update-item.js';
import { BareTable } from './bare-table.js';
import { Table } from './table.js';
import type { TableLogger } from './table-logger.js';
import type { TableOptions } from './table-options.js';

const User = new EntityName('USER');
const Group = new EntityName('GROUP');
const alice = new PartitionKey(User, 'alice');
const group1 = new SortKey(Group, 'g1');
const group2 = new SortKey(Group, 'g2');
const stored = { PK: 'USER#alice', SK: 'GROUP#g1', role: 'admin' };
const read = { PK: 'alice', SK: 'g1', role: 'admin' };

const ddb = mockClient(DynamoDBDocumentClient);

function tables(options: Partial<TableOptions> = {}): { bare: BareTable; table: Table } {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    }),
  );
  const all = { client, clock: () => new Date('2024-01-02T03:04:05.000Z'), ...options };
  return { bare: new BareTable('T', all), table: new Table('T', all) };
}

/** The inputs of every command sent since the last reset. */
function sentInputs(): unknown[] {
  return ddb.calls().map((call) => call.args[0].input);
}

beforeEach(() => {
  ddb.reset();
  ddb.on(GetCommand).resolves({ Item: stored });
  ddb.on(UpdateCommand).resolves({ Attributes: stored });
  ddb.on(QueryCommand).resolves({ Items: [stored] });
  ddb.on(ScanCommand).resolves({ Items: [stored] });
  ddb.on(TransactGetCommand).resolves({ Responses: [{ Item: stored }] });
  ddb.on(BatchGetCommand).resolves({ Responses: { T: [stored] } });
  ddb.on(BatchWriteCommand).resolves({});
  ddb.on(PutCommand).resolves({});
  ddb.on(DeleteCommand).resolves({});
  ddb.on(TransactWriteCommand).resolves({});
});

describe('the operation functions send what the Table methods send and return the same', () => {
  const token = { clientRequestToken: 'token-1' };
  const cases: [string, (t: Table) => Promise<unknown>, (b: BareTable) => Promise<unknown>][] = [
    [
      'insert',
      (t) => t.insert(alice, group1, { role: 'admin' }),
      (b) => insertItem(b, alice, group1, { role: 'admin' }),
    ],
    [
      'put',
      (t) => t.put(alice, group1, { role: 'x' }, { allowOverwrite: false }),
      (b) => putItem(b, alice, group1, { role: 'x' }, { allowOverwrite: false }),
    ],
    [
      'get',
      (t) => t.get(alice, group1, { consistent: true }),
      (b) => getItem(b, alice, group1, { consistent: true }),
    ],
    [
      'update',
      (t) => t.update(alice, group1, { set: { role: 'owner' } }, { returnValues: 'ALL_NEW' }),
      (b) => updateItem(b, alice, group1, { set: { role: 'owner' } }, { returnValues: 'ALL_NEW' }),
    ],
    [
      'delete',
      (t) => t.delete(alice, group1, { idempotent: false }),
      (b) => deleteItem(b, alice, group1, { idempotent: false }),
    ],
    [
      'queryPrefix',
      (t) => t.queryPrefix(alice, new PrefixSortKey(Group)),
      (b) => queryPrefix(b, alice, new PrefixSortKey(Group)),
    ],
    ['query', (t) => t.query(alice, { limit: 5 }), (b) => query(b, alice, { limit: 5 })],
    ['scan', (t) => collect(t.scan({ pageSize: 10 })), (b) => collect(scan(b, { pageSize: 10 }))],
    [
      'transactGetItems',
      (t) => t.transactGetItems([{ pk: alice, sk: group1 }]),
      (b) => transactGetItems(b, [{ pk: alice, sk: group1 }]),
    ],
    [
      'transactWriteItems',
      (t) =>
        t.transactWriteItems(
          [new InsertArg(alice, group1), new UpdateArg(alice, group2, { add: { n: 1 } })],
          token,
        ),
      (b) =>
        transactWriteItems(
          b,
          [new InsertArg(alice, group1), new UpdateArg(alice, group2, { add: { n: 1 } })],
          token,
        ),
    ],
    [
      'batchWrite',
      (t) => t.batchWrite([new BatchPut(alice, group1, { a: 1 }), new BatchDelete(alice, group2)]),
      (b) => batchWrite(b, [new BatchPut(alice, group1, { a: 1 }), new BatchDelete(alice, group2)]),
    ],
    [
      'batchGet',
      (t) => t.batchGet([{ pk: alice, sk: group1 }]),
      (b) => batchGet(b, [{ pk: alice, sk: group1 }]),
    ],
  ];

  it.each(cases)('%s', async (_, method, operation) => {
    const { bare, table } = tables();
    const fromMethod = await method(table);
    const methodInputs = sentInputs();
    ddb.resetHistory();
    const fromFunction = await operation(bare);
    expect(methodInputs.length).toBeGreaterThan(0);
    expect(sentInputs()).toEqual(methodInputs);
    expect(fromFunction).toEqual(fromMethod);
  });

  it('reads items back without key prefixes', async () => {
    const { bare } = tables();
    expect(await getItem(bare, alice, group1)).toEqual(read);
    expect(await query(bare, alice)).toEqual([read]);
  });
});

describe('the request functions build what table.requests builds', () => {
  const logger: TableLogger = { onCommand: () => undefined };
  const token = { clientRequestToken: 'token-1' };
  const cases: [string, (t: Table) => unknown, (b: BareTable) => unknown][] = [
    [
      'insert',
      (t) => t.requests.insert(alice, group1, { a: 1 }),
      (b) => insertItemRequest(b, alice, group1, { a: 1 }),
    ],
    [
      'put',
      (t) => t.requests.put(alice, group1, { a: 1 }),
      (b) => putItemRequest(b, alice, group1, { a: 1 }),
    ],
    ['get', (t) => t.requests.get(alice, group1), (b) => getItemRequest(b, alice, group1)],
    [
      'update',
      (t) => t.requests.update(alice, group1, { set: { a: 2 } }),
      (b) => updateItemRequest(b, alice, group1, { set: { a: 2 } }),
    ],
    ['delete', (t) => t.requests.delete(alice, group1), (b) => deleteItemRequest(b, alice, group1)],
    [
      'queryPrefix',
      (t) => t.requests.queryPrefix(alice, new PrefixSortKey(Group)),
      (b) => queryPrefixRequest(b, alice, new PrefixSortKey(Group)),
    ],
    [
      'query',
      (t) => t.requests.query(alice, { pageSize: 3 }),
      (b) => queryRequest(b, alice, { pageSize: 3 }),
    ],
    ['scan', (t) => t.requests.scan({ segments: 2 }, 1), (b) => scanRequest(b, { segments: 2 }, 1)],
    [
      'transactGetItems',
      (t) => t.requests.transactGetItems([{ pk: alice, sk: group1 }]),
      (b) => transactGetItemsRequest(b, [{ pk: alice, sk: group1 }]),
    ],
    [
      'transactWriteItems',
      (t) => t.requests.transactWriteItems([new InsertArg(alice, group1)], token),
      (b) => transactWriteItemsRequest(b, [new InsertArg(alice, group1)], token),
    ],
    [
      'batchWrite',
      (t) => t.requests.batchWrite([new BatchDelete(alice, group1)]),
      (b) => batchWriteRequests(b, [new BatchDelete(alice, group1)]),
    ],
    [
      'batchGet',
      (t) => t.requests.batchGet([{ pk: alice, sk: group1 }]),
      (b) => batchGetRequests(b, [{ pk: alice, sk: group1 }]),
    ],
  ];

  it.each(cases)(
    '%s, asking for consumed capacity when the table has a logger',
    (_, method, request) => {
      const { bare, table } = tables({ logger });
      const built = request(bare);
      expect(built).toEqual(method(table));
      const inputs = Array.isArray(built) ? built : [built];
      for (const input of inputs) expect(input).toMatchObject({ ReturnConsumedCapacity: 'TOTAL' });
    },
  );

  it('accept a bare { config } as the table', () => {
    const { table } = tables();
    expect(insertItemRequest({ config: table.config }, alice, group1)).toEqual(
      table.requests.insert(alice, group1),
    );
  });
});

describe('errors', () => {
  it('are mapped to dokklib errors, as the methods map them', async () => {
    const { bare } = tables();
    ddb.on(PutCommand).rejects(
      new ConditionalCheckFailedException({
        message: 'The conditional request failed',
        $metadata: {},
      }),
    );
    await expect(insertItem(bare, alice, group1)).rejects.toBeInstanceOf(
      ConditionalCheckFailedError,
    );
  });

  it('for bad input are thrown before anything is sent, queryPrefix rejecting as the method does', async () => {
    const { bare } = tables();
    const notAPrefix = group1 as unknown as PrefixSortKey;
    const pending = queryPrefix(bare, alice, notAPrefix);
    await expect(pending).rejects.toBeInstanceOf(InvalidKeyError);
    expect(() => insertItemRequest(bare, alice, group1, { PK: 'x' })).toThrow(/PK/);
    expect(ddb.calls()).toHaveLength(0);
  });
});

it('a BareTable carries no operation methods, so bundlers can drop the operations it does not use', () => {
  const { bare } = tables();
  expect(bare.name).toBe('T');
  expect(Object.getOwnPropertyNames(BareTable.prototype).sort()).toEqual(
    ['constructor', 'decodeItem', 'name'].sort(),
  );
  expect(bare).not.toBeInstanceOf(Table);
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
