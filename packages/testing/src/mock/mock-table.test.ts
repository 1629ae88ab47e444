import 'reflect-metadata';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  type BareTable,
  EntityName,
  getItem,
  insertItem,
  PartitionKey,
  SortKey,
} from '@dokklib/core';
import { sentWrites } from '../inspect/sent-writes.js';
import type { DocumentClientStub } from './document-client-stub.js';
import type { MockBackend } from './mock-backend.js';
import { mockTable } from './mock-table.js';

const user = new EntityName('USER');
const [pk, sk] = [new PartitionKey(user, 'alice'), new SortKey(user, 'alice')];

describe('mockTable', () => {
  it('gives each call its own client and stub, so stubs never leak between tests', async () => {
    const first = mockTable();
    const second = mockTable();
    first.stub.on(GetCommand).resolves({ Item: { PK: 'USER#alice', SK: 'USER#alice', n: 1 } });
    second.stub.on(GetCommand).resolves({});
    expect(first.client).not.toBe(second.client);
    await expect(first.table.get(pk, sk)).resolves.toMatchObject({ n: 1 });
    await expect(second.table.get(pk, sk)).resolves.toBeUndefined();
    expect(second.stub.commandCalls(GetCommand)).toHaveLength(1);
  });

  it('builds the table from the name and options given', async () => {
    const { table, stub } = mockTable({
      tableName: 'Users',
      tableOptions: { timestamps: false, clock: () => new Date(0) },
    });
    stub.on(PutCommand).resolves({});
    await table.put(pk, sk, { n: 1 });
    expect(stub.commandCalls(PutCommand)[0]?.args[0].input).toEqual({
      TableName: 'Users',
      Item: { PK: 'USER#alice', SK: 'USER#alice', n: 1 },
    });
  });

  it('attaches the backend, and again after reset() cleared the behaviours and calls', async () => {
    const attached: DocumentClientStub[] = [];
    const backend: MockBackend = {
      attach: (stub) => {
        attached.push(stub);
        stub.on(GetCommand).resolves({ Item: { PK: 'USER#alice', SK: 'USER#alice' } });
      },
    };
    const mocked = mockTable({ backend });
    mocked.stub.on(GetCommand).resolves({});
    await mocked.table.get(pk, sk);
    mocked.reset();
    expect(attached).toEqual([mocked.stub, mocked.stub]);
    expect(mocked.stub.calls()).toHaveLength(0);
    await expect(mocked.table.get(pk, sk)).resolves.toBeDefined();
  });

  it('gives the client its real send back on restore()', () => {
    const mocked = mockTable();
    const stubbed = mocked.client.send;
    mocked.restore();
    expect(mocked.client.send).not.toBe(stubbed);
  });
});

describe('mockTable without a backend', () => {
  it('finds no item and no items until stubbed otherwise, also after reset()', async () => {
    const mocked = mockTable();
    await expect(mocked.table.get(pk, sk)).resolves.toBeUndefined();
    await expect(mocked.table.query(pk)).resolves.toEqual([]);
    mocked.reset();
    await expect(mocked.table.get(pk, sk)).resolves.toBeUndefined();
  });
});

describe('code written on the bare API (BareTable and the operation functions)', () => {
  it('is given the mocked table, which is a BareTable, and its writes are read back as entity actions', async () => {
    const { table, stub } = mockTable({ tableOptions: { timestamps: false } });
    stub.on(PutCommand).resolves({});
    stub.on(GetCommand).resolves({ Item: { PK: 'USER#alice', SK: 'USER#alice', n: 1 } });
    const bare: BareTable = table;
    await insertItem(bare, pk, sk, { n: 1 });
    await expect(getItem(bare, pk, sk)).resolves.toEqual({ PK: 'alice', SK: 'alice', n: 1 });
    expect(sentWrites(stub)).toEqual([
      expect.objectContaining({
        action: 'insert',
        item: { PK: 'USER#alice', SK: 'USER#alice', n: 1 },
      }),
    ]);
  });
});
