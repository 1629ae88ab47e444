import { randomUUID } from 'node:crypto';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { Table } from '@dokklib/core';
import { EntityManager, UnitOfWork } from '@dokklib/decorators';
import { BenchAddress, BenchUser } from './bench-user.js';
import { cannedClient } from './canned-client.js';
import { ENTITY_ATTRIBUTES } from './canned-item.js';
import { CannedRequestHandler } from './canned-request-handler.js';
import type { CpuPerCallCase } from './cpu-per-call-cases.js';

const TABLE_NAME = 'bench';
const ENTITY_TYPE = { _type: 'USER' };

/**
 * The operations through `@dokklib/decorators` (instances in, instances out through
 * class-transformer), each against the raw document client sending the same requests.
 */
export function decoratorsCases(handler = new CannedRequestHandler()): CpuPerCallCase[] {
  const raw = DynamoDBDocumentClient.from(cannedClient(handler));
  const table = new Table(TABLE_NAME, { client: cannedClient(handler) });
  const entities = new EntityManager(table);
  let sequence = 0;
  const nextId = (): string => `user${(sequence += 1)}`;
  return [
    {
      name: 'insert one entity (conditional put, ~10 attributes)',
      raw: () => raw.send(new PutCommand(rawInsertInput(nextId()))),
      ours: () => entities.insert(benchUser(nextId())),
    },
    {
      name: 'get one item',
      raw: async () => (await raw.send(new GetCommand(rawGetInput('alice')))).Item,
      ours: () => entities.get(BenchUser, { id: 'alice' }),
    },
    {
      name: 'query returning 100 items',
      raw: async () => (await raw.send(new QueryCommand(rawQueryInput('alice')))).Items,
      ours: () => entities.queryPartition(BenchUser, { id: 'alice' }),
    },
    {
      name: 'transaction of 10 actions (5 inserts, 5 updates)',
      raw: () => raw.send(new TransactWriteCommand(rawTransactionInput(nextId()))),
      ours: () => unitOfWorkCommit(table, nextId()),
    },
    {
      name: 'update with 3 SETs (changed properties)',
      raw: () => raw.send(new UpdateCommand(rawUpdateInput('alice', UPDATE_CHANGES))),
      ours: () => entities.update(benchUser('alice'), UPDATE_CHANGES),
    },
  ];
}

const UPDATE_CHANGES = { name: 'Alice B', plan: 'basic', active: false };

/** A new entity instance, as an application would build it. */
function benchUser(id: string): BenchUser {
  const address = Object.assign(new BenchAddress(), ENTITY_ATTRIBUTES.address);
  return Object.assign(new BenchUser(), { ...ENTITY_ATTRIBUTES, id, address });
}

/** A unit of work inserting 5 entities and updating 5 (not loaded: every property). */
function unitOfWorkCommit(table: Table, id: string): Promise<void> {
  const unit = new UnitOfWork(table);
  for (let i = 0; i < 5; i += 1) {
    unit.insert(benchUser(`${id}-${i}`));
    unit.update(benchUser(`${id}-u${i}`));
  }
  return unit.commit();
}

function rawKey(id: string) {
  return { PK: `USER#${id}`, SK: `USER#${id}` };
}

/** What `EntityManager.insert` sends, by hand: `_type`, the attributes, created-at, must-be-new. */
function rawInsertInput(id: string) {
  return {
    TableName: TABLE_NAME,
    Item: {
      ...ENTITY_TYPE,
      ...ENTITY_ATTRIBUTES,
      CreatedAt: new Date().toISOString(),
      ...rawKey(id),
    },
    ConditionExpression: 'attribute_not_exists(#pk)',
    ExpressionAttributeNames: { '#pk': 'PK' },
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
}

function rawGetInput(id: string) {
  return { TableName: TABLE_NAME, Key: rawKey(id) };
}

function rawQueryInput(id: string) {
  return {
    TableName: TABLE_NAME,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': 'PK' },
    ExpressionAttributeValues: { ':pk': `USER#${id}` },
  };
}

/** What `EntityManager.update` sends, by hand: the sets, `_type`, updated-at, must-exist. */
function rawUpdateInput(id: string, changes: Record<string, unknown>) {
  const set: Record<string, unknown> = {
    ...changes,
    ...ENTITY_TYPE,
    UpdatedAt: new Date().toISOString(),
  };
  const names: Record<string, string> = { '#pk': 'PK' };
  const values: Record<string, unknown> = {};
  const actions = Object.entries(set).map(([name, value], i) => {
    names[`#a${i}`] = name;
    values[`:a${i}`] = value;
    return `#a${i} = :a${i}`;
  });
  return {
    TableName: TABLE_NAME,
    Key: rawKey(id),
    UpdateExpression: `SET ${actions.join(', ')}`,
    ConditionExpression: 'attribute_exists(#pk)',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
}

/** What the unit of work sends, by hand: 5 inserts and 5 updates of every attribute. */
function rawTransactionInput(id: string): TransactWriteCommandInput {
  const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [];
  for (let i = 0; i < 5; i += 1) {
    items.push({ Put: rawInsertInput(`${id}-${i}`) });
    items.push({ Update: rawUpdateInput(`${id}-u${i}`, { ...ENTITY_ATTRIBUTES }) });
  }
  return { TransactItems: items, ClientRequestToken: randomUUID() };
}
