import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { ConditionalCheckFailedError } from '../errors/conditional-check-failed-error.js';
import { DokklibError } from '../errors/dokklib-error.js';
import { InvalidKeyError } from '../errors/invalid-key-error.js';
import { TransactionCanceledError } from '../errors/transaction-canceled-error.js';
import { ValidationError } from '../errors/validation-error.js';
import { attr, type Condition } from '../expressions/condition.js';
import type { UpdateChanges } from '../expressions/update-changes.js';
import { InversePrimaryIndex } from '../indexes/inverse-primary-index.js';
import { PrimaryIndex } from '../indexes/primary-index.js';
import type { Attributes } from '../items/item.js';
import { EntityName } from '../keys/entity-name.js';
import { PartitionKey } from '../keys/partition-key.js';
import { PrefixSortKey } from '../keys/prefix-sort-key.js';
import { SortKey } from '../keys/sort-key.js';
import { ConditionCheckArg } from '../operations/transact-write/condition-check-arg.js';
import { DeleteArg } from '../operations/transact-write/delete-arg.js';
import { InsertArg } from '../operations/transact-write/insert-arg.js';
import { PutArg } from '../operations/transact-write/put-arg.js';
import type { TransactWriteArg } from '../operations/transact-write/transact-write-arg.js';
import { UpdateArg } from '../operations/transact-write/update-arg.js';
import type { CommandEvent, TableLogger } from './table-logger.js';
import type { TableOptions } from './table-options.js';
import { Table } from './table.js';

const ddb = mockClient(DynamoDBDocumentClient);

const NOW = '2024-01-02T03:04:05.000Z';
const clock = (): Date => new Date(NOW);

const User = new EntityName('USER');
const Group = new EntityName('GROUP');
const alice = new PartitionKey(User, 'alice');
const bob = new PartitionKey(User, 'bob');
const group1 = new SortKey(Group, 'g1');
const group2 = new SortKey(Group, 'g2');
const aliceKey = { PK: 'USER#alice', SK: 'GROUP#g1' };

function plainClient(): DynamoDBClient {
  return new DynamoDBClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
}

function newTable(options: Partial<TableOptions> = {}): Table {
  return new Table('app', {
    client: DynamoDBDocumentClient.from(plainClient()),
    clock,
    ...options,
  });
}

/** The input of the n-th command the mock received. */
function sent(n = 0): object {
  const call = ddb.calls()[n];
  if (call === undefined) throw new Error(`no call #${n}; got ${ddb.calls().length}`);
  return call.args[0].input;
}

/** A logger that records its events. */
function recordingLogger(): TableLogger & { events: CommandEvent[] } {
  const events: CommandEvent[] = [];
  return { events, onCommand: (event) => events.push(event) };
}

beforeEach(() => {
  ddb.reset();
  ddb.onAnyCommand().resolves({});
});

describe('Table client', () => {
  it('wraps a plain DynamoDBClient in a document client that drops undefined values', async () => {
    const client = plainClient();
    const table = new Table('app', { client, clock });
    expect(table.client).toBeInstanceOf(DynamoDBDocumentClient);
    expect(table.client).not.toBe(client);
    expect(table.client.config.translateConfig?.marshallOptions?.removeUndefinedValues).toBe(true);
    await table.get(alice, group1);
    expect(ddb.calls()).toHaveLength(1);
    expect(ddb.call(0).thisValue).toBe(table.client);
  });

  it('uses a given DynamoDBDocumentClient as it is', async () => {
    const documentClient = DynamoDBDocumentClient.from(plainClient());
    const table = new Table('app', { client: documentClient });
    expect(table.client).toBe(documentClient);
    await table.get(alice, group1);
    expect(ddb.call(0).thisValue).toBe(documentClient);
  });
});

describe('insert', () => {
  it('sends a PutItem that fails if the item exists, stamped with CreatedAt', async () => {
    const table = newTable();
    await table.insert(alice, group1, { role: 'admin' });
    expect(ddb.commandCalls(PutCommand)).toHaveLength(1);
    expect(sent()).toEqual({
      TableName: 'app',
      Item: { ...aliceKey, role: 'admin', CreatedAt: NOW },
      ConditionExpression: 'attribute_not_exists(#n0)',
      ExpressionAttributeNames: { '#n0': 'PK' },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    expect(sent()).toEqual(table.requests.insert(alice, group1, { role: 'admin' }));
  });

  it('keeps a CreatedAt given by the caller', async () => {
    await newTable().insert(alice, group1, { CreatedAt: 'yesterday' });
    expect(sent()).toMatchObject({ Item: { CreatedAt: 'yesterday' } });
  });

  it('writes no timestamp with timestamps: false', async () => {
    await newTable({ timestamps: false }).insert(alice, group1);
    expect(sent()).toMatchObject({ Item: aliceKey });
    expect((sent() as { Item: object }).Item).toEqual(aliceKey);
  });

  it('uses custom timestamp attribute names', async () => {
    await newTable({ timestamps: { createdAt: 'created_at' } }).insert(alice, group1);
    expect((sent() as { Item: object }).Item).toEqual({ ...aliceKey, created_at: NOW });
  });

  it('throws ConditionalCheckFailedError with the stored item, key prefixes stripped', async () => {
    const sdkError = new ConditionalCheckFailedException({
      message: 'The conditional request failed',
      $metadata: {},
      Item: { PK: { S: 'USER#alice' }, SK: { S: 'GROUP#g1' }, role: { S: 'X#y' } },
    });
    ddb.on(PutCommand).rejects(sdkError);
    const error = await newTable()
      .insert(alice, group1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConditionalCheckFailedError);
    expect((error as ConditionalCheckFailedError).item).toEqual({
      PK: 'alice',
      SK: 'g1',
      role: 'X#y',
    });
    expect((error as ConditionalCheckFailedError).cause).toBe(sdkError);
  });
});

describe('put', () => {
  it('sends an unconditional PutItem by default', async () => {
    const table = newTable();
    await table.put(alice, group1, { n: 1 });
    expect(sent()).toEqual({ TableName: 'app', Item: { ...aliceKey, n: 1, CreatedAt: NOW } });
    expect(sent()).toEqual(table.requests.put(alice, group1, { n: 1 }));
  });

  it('sends the condition with placeholders and asks for the item if it fails', async () => {
    const table = newTable();
    const options = { allowOverwrite: false, condition: attr('status').eq('draft') };
    await table.put(alice, group1, {}, options);
    expect(sent()).toEqual({
      TableName: 'app',
      Item: { ...aliceKey, CreatedAt: NOW },
      ConditionExpression: '(attribute_not_exists(#n0)) AND (#n1 = :v0)',
      ExpressionAttributeNames: { '#n0': 'PK', '#n1': 'status' },
      ExpressionAttributeValues: { ':v0': 'draft' },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    expect(sent()).toEqual(table.requests.put(alice, group1, {}, options));
  });
});

describe('get', () => {
  it('sends a GetItem for the key and returns the item without key prefixes', async () => {
    ddb.on(GetCommand).resolves({ Item: { ...aliceKey, note: 'ABC#def' } });
    const table = newTable();
    expect(await table.get(alice, group1)).toEqual({ PK: 'alice', SK: 'g1', note: 'ABC#def' });
    expect(sent()).toEqual({ TableName: 'app', Key: aliceKey });
    expect(sent()).toEqual(table.requests.get(alice, group1));
  });

  it('returns undefined when there is no item', async () => {
    expect(await newTable().get(alice, group1)).toBeUndefined();
  });

  it('sends a consistent read and a projection', async () => {
    const table = newTable();
    const options = { consistent: true, attributes: ['name', ['address', 'lines', 0]] };
    await table.get(alice, group1, options);
    expect(sent()).toEqual({
      TableName: 'app',
      Key: aliceKey,
      ConsistentRead: true,
      ProjectionExpression: '#n0, #n1.#n2[0]',
      ExpressionAttributeNames: { '#n0': 'name', '#n1': 'address', '#n2': 'lines' },
    });
    expect(sent()).toEqual(table.requests.get(alice, group1, options));
  });
});

describe('update', () => {
  it('sends an UpdateItem stamped with UpdatedAt', async () => {
    const table = newTable();
    await table.update(alice, group1, { set: { a: 1 }, remove: ['b'] });
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(1);
    expect(sent()).toEqual({
      TableName: 'app',
      Key: aliceKey,
      UpdateExpression: 'SET #n0 = :v0, #n1 = :v1 REMOVE #n2',
      ExpressionAttributeNames: { '#n0': 'a', '#n1': 'UpdatedAt', '#n2': 'b' },
      ExpressionAttributeValues: { ':v0': 1, ':v1': NOW },
    });
    expect(sent()).toEqual(table.requests.update(alice, group1, { set: { a: 1 }, remove: ['b'] }));
  });

  it('sends mustExist, the condition and returnValues, and returns the decoded attributes', async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: { ...aliceKey, a: 1 } });
    const table = newTable();
    const options = {
      mustExist: true,
      condition: attr('version').eq(3),
      returnValues: 'ALL_NEW' as const,
    };
    expect(await table.update(alice, group1, { set: { a: 1 } }, options)).toEqual({
      PK: 'alice',
      SK: 'g1',
      a: 1,
    });
    expect(sent()).toEqual({
      TableName: 'app',
      Key: aliceKey,
      UpdateExpression: 'SET #n0 = :v0, #n1 = :v1',
      ConditionExpression: '(attribute_exists(#n2)) AND (#n3 = :v2)',
      ExpressionAttributeNames: { '#n0': 'a', '#n1': 'UpdatedAt', '#n2': 'PK', '#n3': 'version' },
      ExpressionAttributeValues: { ':v0': 1, ':v1': NOW, ':v2': 3 },
      ReturnValues: 'ALL_NEW',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    expect(sent()).toEqual(table.requests.update(alice, group1, { set: { a: 1 } }, options));
  });

  it('stamps nothing with timestamps: false', async () => {
    await newTable({ timestamps: false }).update(alice, group1, { add: { n: 1 } });
    expect(sent()).toEqual({
      TableName: 'app',
      Key: aliceKey,
      UpdateExpression: 'ADD #n0 :v0',
      ExpressionAttributeNames: { '#n0': 'n' },
      ExpressionAttributeValues: { ':v0': 1 },
    });
  });

  it('keeps an UpdatedAt the caller sets', async () => {
    await newTable().update(alice, group1, { set: { UpdatedAt: 'later' } });
    expect(sent()).toMatchObject({
      UpdateExpression: 'SET #n0 = :v0',
      ExpressionAttributeValues: { ':v0': 'later' },
    });
  });
});

describe('delete', () => {
  it('sends an unconditional DeleteItem by default', async () => {
    const table = newTable();
    await table.delete(alice, group1);
    expect(ddb.commandCalls(DeleteCommand)).toHaveLength(1);
    expect(sent()).toEqual({ TableName: 'app', Key: aliceKey });
    expect(sent()).toEqual(table.requests.delete(alice, group1));
  });

  it('requires the item to exist with idempotent: false', async () => {
    const table = newTable();
    await table.delete(alice, group1, { idempotent: false });
    expect(sent()).toEqual({
      TableName: 'app',
      Key: aliceKey,
      ConditionExpression: 'attribute_exists(#n0)',
      ExpressionAttributeNames: { '#n0': 'PK' },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    expect(sent()).toEqual(table.requests.delete(alice, group1, { idempotent: false }));
  });
});

describe('queryPrefix', () => {
  const groups = new PrefixSortKey(Group);

  it('sends a Query for the partition key and the sort key prefix, reading the sort key', async () => {
    ddb.on(QueryCommand).resolves({ Items: [{ SK: 'GROUP#g1' }, { SK: 'GROUP#g2' }] });
    const table = newTable();
    expect(await table.queryPrefix(alice, groups)).toEqual([{ SK: 'g1' }, { SK: 'g2' }]);
    expect(sent()).toEqual({
      TableName: 'app',
      KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
      ProjectionExpression: '#n1',
      ExpressionAttributeNames: { '#n0': 'PK', '#n1': 'SK' },
      ExpressionAttributeValues: { ':v0': 'USER#alice', ':v1': 'GROUP#' },
    });
    expect(sent()).toEqual(table.requests.queryPrefix(alice, groups));
  });

  it('queries the inverse index', async () => {
    ddb.on(QueryCommand).resolves({ Items: [{ PK: 'USER#alice' }, { PK: 'USER#bob' }] });
    const table = newTable();
    const options = { globalIndex: table.config.inverseIndex };
    expect(
      await table.queryPrefix(new PartitionKey(Group, 'g1'), new PrefixSortKey(User), options),
    ).toEqual([{ PK: 'alice' }, { PK: 'bob' }]);
    expect(sent()).toEqual({
      TableName: 'app',
      IndexName: 'GSI_1',
      KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
      ProjectionExpression: '#n1',
      ExpressionAttributeNames: { '#n0': 'SK', '#n1': 'PK' },
      ExpressionAttributeValues: { ':v0': 'GROUP#g1', ':v1': 'USER#' },
    });
  });

  it('follows LastEvaluatedKey across pages', async () => {
    const lastKey1 = { PK: 'USER#alice', SK: 'GROUP#g1' };
    const lastKey2 = { PK: 'USER#alice', SK: 'GROUP#g2' };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ SK: 'GROUP#g1' }], LastEvaluatedKey: lastKey1 })
      .resolvesOnce({ Items: [{ SK: 'GROUP#g2' }], LastEvaluatedKey: lastKey2 })
      .resolvesOnce({ Items: [{ SK: 'GROUP#g3' }] });
    const table = newTable();
    expect(await table.queryPrefix(alice, groups)).toEqual([
      { SK: 'g1' },
      { SK: 'g2' },
      { SK: 'g3' },
    ]);
    expect(ddb.calls()).toHaveLength(3);
    expect(sent(0)).not.toHaveProperty('ExclusiveStartKey');
    expect(sent(1)).toMatchObject({ ExclusiveStartKey: lastKey1 });
    expect(sent(2)).toMatchObject({ ExclusiveStartKey: lastKey2 });
    expect(sent(1)).toEqual(
      table.requests.queryPrefix(alice, groups, {}, { exclusiveStartKey: lastKey1 }),
    );
  });

  it('asks each page for the remaining limit and stops when it is reached', async () => {
    const lastKey = { PK: 'USER#alice', SK: 'GROUP#g2' };
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ SK: 'GROUP#g1' }, { SK: 'GROUP#g2' }], LastEvaluatedKey: lastKey })
      .resolvesOnce({ Items: [{ SK: 'GROUP#g3' }], LastEvaluatedKey: { ...lastKey, SK: 'x' } });
    const table = newTable();
    expect(await table.queryPrefix(alice, groups, { limit: 3 })).toHaveLength(3);
    expect(ddb.calls()).toHaveLength(2);
    expect(sent(0)).toMatchObject({ Limit: 3 });
    expect(sent(1)).toMatchObject({ Limit: 1, ExclusiveStartKey: lastKey });
    expect(sent(1)).toEqual(
      table.requests.queryPrefix(
        alice,
        groups,
        { limit: 3 },
        { exclusiveStartKey: lastKey, limit: 1 },
      ),
    );
  });

  it('sends no second request when the first page reaches the limit', async () => {
    ddb.on(QueryCommand).resolves({
      Items: [{ SK: 'GROUP#g1' }, { SK: 'GROUP#g2' }],
      LastEvaluatedKey: { PK: 'USER#alice', SK: 'GROUP#g2' },
    });
    expect(await newTable().queryPrefix(alice, groups, { limit: 2 })).toHaveLength(2);
    expect(ddb.calls()).toHaveLength(1);
  });

  it('sends the projection and a consistent read on the table', async () => {
    await newTable().queryPrefix(alice, groups, { attributes: ['role', 'SK'], consistent: true });
    expect(sent()).toEqual({
      TableName: 'app',
      KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
      ProjectionExpression: '#n2, #n1',
      ExpressionAttributeNames: { '#n0': 'PK', '#n1': 'SK', '#n2': 'role' },
      ExpressionAttributeValues: { ':v0': 'USER#alice', ':v1': 'GROUP#' },
      ConsistentRead: true,
    });
  });
});

describe('transactWriteItems', () => {
  const args = (): TransactWriteArg[] => [
    new InsertArg(alice, group1, { role: 'admin' }),
    new PutArg(bob, group1, { n: 1 }, { condition: attr('n').lt(1) }),
    new UpdateArg(alice, group2, { add: { n: 1 } }, { mustExist: true }),
    new DeleteArg(bob, group2, { idempotent: false }),
    new ConditionCheckArg(
      new PartitionKey(Group, 'g1'),
      new SortKey(Group, 'g1'),
      attr('open').eq(true),
    ),
  ];

  it('sends one TransactWriteItems with every action, in order, and the token', async () => {
    const table = newTable();
    const result = await table.transactWriteItems(args(), { clientRequestToken: 'token-1' });
    expect(result).toEqual({ clientRequestToken: 'token-1' });
    expect(ddb.commandCalls(TransactWriteCommand)).toHaveLength(1);
    expect(sent()).toEqual({
      ClientRequestToken: 'token-1',
      TransactItems: [
        {
          Put: {
            TableName: 'app',
            Item: { ...aliceKey, role: 'admin', CreatedAt: NOW },
            ConditionExpression: 'attribute_not_exists(#n0)',
            ExpressionAttributeNames: { '#n0': 'PK' },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        {
          Put: {
            TableName: 'app',
            Item: { PK: 'USER#bob', SK: 'GROUP#g1', n: 1, CreatedAt: NOW },
            ConditionExpression: '#n0 < :v0',
            ExpressionAttributeNames: { '#n0': 'n' },
            ExpressionAttributeValues: { ':v0': 1 },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        {
          Update: {
            TableName: 'app',
            Key: { PK: 'USER#alice', SK: 'GROUP#g2' },
            UpdateExpression: 'SET #n0 = :v0 ADD #n1 :v1',
            ConditionExpression: 'attribute_exists(#n2)',
            ExpressionAttributeNames: { '#n0': 'UpdatedAt', '#n1': 'n', '#n2': 'PK' },
            ExpressionAttributeValues: { ':v0': NOW, ':v1': 1 },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        {
          Delete: {
            TableName: 'app',
            Key: { PK: 'USER#bob', SK: 'GROUP#g2' },
            ConditionExpression: 'attribute_exists(#n0)',
            ExpressionAttributeNames: { '#n0': 'PK' },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
        {
          ConditionCheck: {
            TableName: 'app',
            Key: { PK: 'GROUP#g1', SK: 'GROUP#g1' },
            ConditionExpression: '#n0 = :v0',
            ExpressionAttributeNames: { '#n0': 'open' },
            ExpressionAttributeValues: { ':v0': true },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
      ],
    });
    expect(sent()).toEqual(
      table.requests.transactWriteItems(args(), { clientRequestToken: 'token-1' }),
    );
  });

  it('generates a token when none is given and returns it', async () => {
    const result = await newTable().transactWriteItems([new DeleteArg(alice, group1)]);
    expect(result.clientRequestToken).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(sent()).toMatchObject({ ClientRequestToken: result.clientRequestToken });
  });

  it('throws TransactionCanceledError whose reasons name the caller’s arguments', async () => {
    const given = [new DeleteArg(alice, group1), new InsertArg(bob, group1)];
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: {},
        CancellationReasons: [
          { Code: 'None' },
          {
            Code: 'ConditionalCheckFailed',
            Message: 'The conditional request failed',
            Item: { PK: { S: 'USER#bob' }, SK: { S: 'GROUP#g1' } },
          },
        ],
      }),
    );
    const error = await newTable()
      .transactWriteItems(given)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransactionCanceledError);
    const reasons = (error as TransactionCanceledError).reasons;
    expect(reasons.map((r) => r.code)).toEqual(['None', 'ConditionalCheckFailed']);
    expect(reasons[0]?.argument).toBe(given[0]);
    expect(reasons[1]?.argument).toBe(given[1]);
    expect(reasons[1]?.item).toEqual({ PK: 'bob', SK: 'g1' });
    expect((error as Error).message).toContain('insert of USER#bob / GROUP#g1');
  });
});

describe('custom attribute names', () => {
  const primaryIndex = new PrimaryIndex('pk', 'sk');
  const inverseIndex = new InversePrimaryIndex({
    indexName: 'byTarget',
    partitionKey: 'sk',
    sortKey: 'pk',
  });

  it('derives the inverse index from a custom primary index', () => {
    const table = newTable({ primaryIndex });
    expect(table.config.inverseIndex).toMatchObject({
      indexName: 'GSI_1',
      partitionKey: 'sk',
      sortKey: 'pk',
    });
  });

  it('writes, reads and queries with the custom key attributes', async () => {
    ddb.on(GetCommand).resolves({ Item: { pk: 'USER#alice', sk: 'GROUP#g1', PK: 'X#y' } });
    ddb.on(QueryCommand).resolves({ Items: [{ pk: 'USER#alice' }] });
    const table = newTable({ primaryIndex, inverseIndex, timestamps: false });

    await table.insert(alice, group1, { PK: 'X#y' });
    expect(sent(0)).toEqual({
      TableName: 'app',
      Item: { pk: 'USER#alice', sk: 'GROUP#g1', PK: 'X#y' },
      ConditionExpression: 'attribute_not_exists(#n0)',
      ExpressionAttributeNames: { '#n0': 'pk' },
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });

    expect(await table.get(alice, group1)).toEqual({ pk: 'alice', sk: 'g1', PK: 'X#y' });
    expect(sent(1)).toEqual({ TableName: 'app', Key: { pk: 'USER#alice', sk: 'GROUP#g1' } });

    const members = await table.queryPrefix(
      new PartitionKey(Group, 'g1'),
      new PrefixSortKey(User),
      {
        globalIndex: table.config.inverseIndex,
      },
    );
    expect(members).toEqual([{ pk: 'alice' }]);
    expect(sent(2)).toEqual({
      TableName: 'app',
      IndexName: 'byTarget',
      KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
      ProjectionExpression: '#n1',
      ExpressionAttributeNames: { '#n0': 'sk', '#n1': 'pk' },
      ExpressionAttributeValues: { ':v0': 'GROUP#g1', ':v1': 'USER#' },
    });

    await table.delete(alice, group1, { idempotent: false });
    expect(sent(3)).toMatchObject({
      Key: { pk: 'USER#alice', sk: 'GROUP#g1' },
      ExpressionAttributeNames: { '#n0': 'pk' },
    });
  });
});

describe('logger', () => {
  const capacity = { TableName: 'app', CapacityUnits: 1 };

  it('asks for consumed capacity and reports each command with it', async () => {
    ddb.on(PutCommand).resolves({ ConsumedCapacity: capacity });
    ddb.on(GetCommand).resolves({ ConsumedCapacity: capacity });
    ddb.on(UpdateCommand).resolves({ ConsumedCapacity: capacity });
    ddb.on(DeleteCommand).resolves({ ConsumedCapacity: capacity });
    ddb.on(QueryCommand).resolves({ Items: [], ConsumedCapacity: capacity });
    ddb.on(TransactWriteCommand).resolves({ ConsumedCapacity: [capacity, capacity] });
    const logger = recordingLogger();
    const table = newTable({ logger });

    await table.insert(alice, group1);
    await table.put(alice, group1);
    await table.get(alice, group1);
    await table.update(alice, group1, { set: { a: 1 } });
    await table.delete(alice, group1);
    await table.queryPrefix(alice, new PrefixSortKey(Group));
    await table.transactWriteItems([new DeleteArg(alice, group1)], { clientRequestToken: 't' });

    const calls = ddb.calls();
    expect(calls).toHaveLength(7);
    for (const call of calls) {
      expect(call.args[0].input).toMatchObject({ ReturnConsumedCapacity: 'TOTAL' });
    }
    expect(logger.events.map((e) => [e.command, e.operation])).toEqual([
      ['PutItem', 'insert of USER#alice / GROUP#g1'],
      ['PutItem', 'put of USER#alice / GROUP#g1'],
      ['GetItem', 'get of USER#alice / GROUP#g1'],
      ['UpdateItem', 'update of USER#alice / GROUP#g1'],
      ['DeleteItem', 'delete of USER#alice / GROUP#g1'],
      ['Query', 'query of USER#alice / GROUP#'],
      ['TransactWriteItems', 'transaction of 1 actions'],
    ]);
    logger.events.forEach((event, i) => {
      expect(event.input).toEqual(calls[i]?.args[0].input);
      expect(event.durationMs).toBeGreaterThanOrEqual(0);
      expect(event.error).toBeUndefined();
    });
    expect(logger.events.slice(0, 6).map((e) => e.consumedCapacity)).toEqual(
      Array(6).fill([capacity]),
    );
    expect(logger.events[6]?.consumedCapacity).toEqual([capacity, capacity]);
    expect(table.requests.get(alice, group1)).toMatchObject({ ReturnConsumedCapacity: 'TOTAL' });
  });

  it('reports one event per page of a query', async () => {
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [], LastEvaluatedKey: aliceKey, ConsumedCapacity: capacity })
      .resolvesOnce({ Items: [], ConsumedCapacity: { ...capacity, CapacityUnits: 2 } });
    const logger = recordingLogger();
    await newTable({ logger }).queryPrefix(alice, new PrefixSortKey(Group));
    expect(logger.events.map((e) => e.consumedCapacity)).toEqual([
      [capacity],
      [{ ...capacity, CapacityUnits: 2 }],
    ]);
  });

  it('reports a failed command with its mapped error', async () => {
    ddb
      .on(PutCommand)
      .rejects(new ConditionalCheckFailedException({ message: 'no', $metadata: {} }));
    const logger = recordingLogger();
    const error = await newTable({ logger })
      .insert(alice, group1)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConditionalCheckFailedError);
    expect(logger.events).toHaveLength(1);
    expect(logger.events[0]?.error).toBe(error);
    expect(logger.events[0]?.consumedCapacity).toEqual([]);
  });

  it('sends no ReturnConsumedCapacity without a logger', async () => {
    const table = newTable();
    await table.insert(alice, group1);
    await table.get(alice, group1);
    await table.update(alice, group1, { set: { a: 1 } });
    await table.delete(alice, group1);
    await table.queryPrefix(alice, new PrefixSortKey(Group));
    await table.transactWriteItems([new DeleteArg(alice, group1)]);
    expect(ddb.calls()).toHaveLength(6);
    for (const call of ddb.calls()) {
      expect(call.args[0].input).not.toHaveProperty('ReturnConsumedCapacity');
    }
  });

  it('does not let a throwing logger change the outcome', async () => {
    ddb.on(GetCommand).resolves({ Item: aliceKey });
    const onCommand = jest.fn(() => {
      throw new Error('logger broke');
    });
    const table = newTable({ logger: { onCommand } });
    expect(await table.get(alice, group1)).toEqual({ PK: 'alice', SK: 'g1' });
    ddb
      .on(PutCommand)
      .rejects(new ConditionalCheckFailedException({ message: 'no', $metadata: {} }));
    await expect(table.insert(alice, group1)).rejects.toBeInstanceOf(ConditionalCheckFailedError);
    expect(onCommand).toHaveBeenCalledTimes(2);
  });
});

describe('bad input is refused before anything is sent', () => {
  const bad = <T>(value: unknown): T => value as T;
  const table = (): Table => newTable();
  const customTable = (): Table => newTable({ primaryIndex: new PrimaryIndex('pk', 'sk') });
  const sameItemTwice = [new InsertArg(alice, group1), new DeleteArg(alice, group1)];
  const tooMany = Array.from(
    { length: 101 },
    (_, i) => new DeleteArg(new PartitionKey(User, `u${i}`), group1),
  );
  const notACondition = bad<Condition>({ node: undefined });

  type Case = [string, () => Promise<unknown>, typeof ValidationError];
  const cases: Case[] = [
    // keys
    ['a string partition key', () => table().insert(bad('USER#alice'), group1), InvalidKeyError],
    [
      'a PrefixSortKey for put',
      () => table().put(alice, bad(new PrefixSortKey(Group))),
      InvalidKeyError,
    ],
    ['an undefined sort key for get', () => table().get(alice, bad(undefined)), InvalidKeyError],
    [
      'a null partition key for update',
      () => table().update(bad(null), group1, { set: { a: 1 } }),
      InvalidKeyError,
    ],
    [
      'a partition key as sort key for delete',
      () => table().delete(alice, bad(bob)),
      InvalidKeyError,
    ],
    ['a SortKey as query prefix', () => table().queryPrefix(alice, bad(group1)), InvalidKeyError],
    [
      'a string query partition key',
      () => table().queryPrefix(bad('USER#alice'), new PrefixSortKey(Group)),
      InvalidKeyError,
    ],
    // key attributes among the attributes
    [
      'PK among insert attributes',
      () => table().insert(alice, group1, { PK: 'USER#bob' }),
      ValidationError,
    ],
    [
      'SK among put attributes',
      () => table().put(alice, group1, { SK: 'GROUP#x' }),
      ValidationError,
    ],
    [
      'a custom key attribute among attributes',
      () => customTable().insert(alice, group1, { sk: 'x' }),
      ValidationError,
    ],
    [
      'PK in update set',
      () => table().update(alice, group1, { set: { PK: 'x' } }),
      ValidationError,
    ],
    [
      'SK in update remove',
      () => table().update(alice, group1, { remove: ['SK'] }),
      ValidationError,
    ],
    ['PK in update add', () => table().update(alice, group1, { add: { PK: 1 } }), ValidationError],
    [
      'PK among InsertArg attributes',
      () => table().transactWriteItems([new InsertArg(alice, group1, { PK: 'x' })]),
      ValidationError,
    ],
    [
      'SK in an UpdateArg',
      () => table().transactWriteItems([new UpdateArg(alice, group1, { set: { SK: 'x' } })]),
      ValidationError,
    ],
    // transactions
    ['101 transaction actions', () => table().transactWriteItems(tooMany), ValidationError],
    ['0 transaction actions', () => table().transactWriteItems([]), ValidationError],
    [
      'two actions on the same item',
      () => table().transactWriteItems(sameItemTwice),
      ValidationError,
    ],
    [
      'a transaction that is not an array',
      () => table().transactWriteItems(bad(new DeleteArg(alice, group1))),
      ValidationError,
    ],
    [
      'a transaction action that is not an arg',
      () => table().transactWriteItems([bad({ pk: alice, sk: group1 })]),
      ValidationError,
    ],
    [
      'an empty client request token',
      () => table().transactWriteItems([new DeleteArg(alice, group1)], { clientRequestToken: '' }),
      ValidationError,
    ],
    [
      'a 37-character client request token',
      () =>
        table().transactWriteItems([new DeleteArg(alice, group1)], {
          clientRequestToken: 'x'.repeat(37),
        }),
      ValidationError,
    ],
    [
      'a numeric client request token',
      () =>
        table().transactWriteItems([new DeleteArg(alice, group1)], {
          clientRequestToken: bad(12345),
        }),
      ValidationError,
    ],
    // queries
    [
      'a consistent read on a GSI',
      () =>
        table().queryPrefix(alice, new PrefixSortKey(Group), {
          globalIndex: new InversePrimaryIndex(),
          consistent: true,
        }),
      ValidationError,
    ],
    [
      'a limit of 0',
      () => table().queryPrefix(alice, new PrefixSortKey(Group), { limit: 0 }),
      ValidationError,
    ],
    [
      'a negative limit',
      () => table().queryPrefix(alice, new PrefixSortKey(Group), { limit: -1 }),
      ValidationError,
    ],
    [
      'a fractional limit',
      () => table().queryPrefix(alice, new PrefixSortKey(Group), { limit: 1.5 }),
      ValidationError,
    ],
    [
      'a NaN limit',
      () => table().queryPrefix(alice, new PrefixSortKey(Group), { limit: NaN }),
      ValidationError,
    ],
    [
      'a string limit',
      () => table().queryPrefix(alice, new PrefixSortKey(Group), { limit: bad('5') }),
      ValidationError,
    ],
    [
      'an empty query projection',
      () => table().queryPrefix(alice, new PrefixSortKey(Group), { attributes: [] }),
      ValidationError,
    ],
    // wrong argument types and empty changes
    [
      'attributes that are an array',
      () => table().insert(alice, group1, bad<Attributes>(['a'])),
      ValidationError,
    ],
    [
      'attributes that are null',
      () => table().put(alice, group1, bad<Attributes>(null)),
      ValidationError,
    ],
    [
      'attributes that are a string',
      () => table().put(alice, group1, bad<Attributes>('a')),
      ValidationError,
    ],
    [
      'an empty get projection',
      () => table().get(alice, group1, { attributes: [] }),
      ValidationError,
    ],
    [
      'a bad projection path',
      () => table().get(alice, group1, { attributes: [['a', -1]] }),
      ValidationError,
    ],
    [
      'update changes that are null',
      () => table().update(alice, group1, bad<UpdateChanges>(null)),
      ValidationError,
    ],
    ['an update with nothing to change', () => table().update(alice, group1, {}), ValidationError],
    [
      'an update with nothing to change, no timestamps',
      () => newTable({ timestamps: false }).update(alice, group1, {}),
      ValidationError,
    ],
    [
      'an update touching one attribute twice',
      () => table().update(alice, group1, { set: { a: 1 }, remove: ['a'] }),
      ValidationError,
    ],
    [
      'an update setting an empty set',
      () => table().update(alice, group1, { set: { tags: new Set() } }),
      ValidationError,
    ],
    [
      'a put condition that is not a Condition',
      () => table().put(alice, group1, {}, { condition: notACondition }),
      ValidationError,
    ],
    [
      'an update condition that is not a Condition',
      () => table().update(alice, group1, { set: { a: 1 } }, { condition: notACondition }),
      ValidationError,
    ],
    [
      'a delete condition that is not a Condition',
      () => table().delete(alice, group1, { condition: notACondition }),
      ValidationError,
    ],
    [
      'an IN with 101 values',
      () => table().delete(alice, group1, { condition: attr('a').in(Array(101).fill(1)) }),
      ValidationError,
    ],
  ];

  it.each(cases)('%s', async (_label, call, errorClass) => {
    const error = await call().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(errorClass);
    expect(error).toBeInstanceOf(DokklibError);
    expect((error as DokklibError).code).toEqual(
      errorClass === InvalidKeyError
        ? 'validation.invalidKey'
        : expect.stringMatching(/^validation\./),
    );
    expect(ddb.calls()).toHaveLength(0);
  });

  it('refuses bad keys in transaction arguments when they are built', () => {
    expect(() => new InsertArg(bad('USER#alice'), group1)).toThrow(InvalidKeyError);
    expect(() => new DeleteArg(alice, bad(new PrefixSortKey(Group)))).toThrow(InvalidKeyError);
    expect(() => new ConditionCheckArg(alice, group1, notACondition)).toThrow(ValidationError);
  });

  it('throws the same errors from table.requests, synchronously', () => {
    expect(() => table().requests.insert(alice, group1, { PK: 'x' })).toThrow(ValidationError);
    expect(() => table().requests.transactWriteItems([])).toThrow(ValidationError);
    expect(() =>
      table().requests.queryPrefix(alice, new PrefixSortKey(Group), { limit: 0 }),
    ).toThrow(ValidationError);
    expect(ddb.calls()).toHaveLength(0);
  });
});
