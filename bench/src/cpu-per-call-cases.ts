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
import {
  EntityName,
  InsertArg,
  PartitionKey,
  SortKey,
  Table,
  type TransactWriteArg,
  UpdateArg,
} from '@dokklib/core';
import { cannedClient } from './canned-client.js';
import { ENTITY_ATTRIBUTES } from './canned-item.js';
import { CannedRequestHandler } from './canned-request-handler.js';

/** One operation, done once with the raw document client and once with a dokklib API. */
export interface CpuPerCallCase {
  /** What the operation does, for the report. */
  readonly name: string;
  /** The operation with raw `DynamoDBDocumentClient` commands; resolves to what it read. */
  readonly raw: () => Promise<unknown>;
  /** The same operation with the dokklib API measured; resolves to what it read. */
  readonly ours: () => Promise<unknown>;
}

const TABLE_NAME = 'bench';
const User = new EntityName('USER');

/** The core operations measured, each side on its own client over `handler`. */
export function cpuPerCallCases(handler = new CannedRequestHandler()): CpuPerCallCase[] {
  const raw = DynamoDBDocumentClient.from(cannedClient(handler));
  const table = new Table(TABLE_NAME, { client: cannedClient(handler) });
  let sequence = 0;
  const nextId = (): string => `user${(sequence += 1)}`;
  return [
    {
      name: 'insert one entity (conditional put, ~10 attributes)',
      raw: () => raw.send(new PutCommand(rawInsertInput(nextId()))),
      ours: () => {
        const id = nextId();
        return table.insert(userKey(id), userSortKey(id), ENTITY_ATTRIBUTES);
      },
    },
    {
      name: 'get one item',
      raw: async () => {
        const key = `USER#alice`;
        const output = await raw.send(
          new GetCommand({ TableName: TABLE_NAME, Key: { PK: key, SK: key } }),
        );
        return output.Item;
      },
      ours: () => table.get(userKey('alice'), userSortKey('alice')),
    },
    {
      name: 'query returning 100 items',
      raw: async () => {
        const output = await raw.send(
          new QueryCommand({
            TableName: TABLE_NAME,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': 'PK' },
            ExpressionAttributeValues: { ':pk': 'USER#alice' },
          }),
        );
        return output.Items;
      },
      ours: () => table.query(userKey('alice')),
    },
    {
      name: 'transaction of 10 actions (5 inserts, 5 updates)',
      raw: () => raw.send(new TransactWriteCommand(rawTransactionInput(nextId()))),
      ours: () => table.transactWriteItems(coreTransactionArgs(nextId())),
    },
    {
      name: 'update with 3 SETs and an ADD',
      raw: () => raw.send(new UpdateCommand(rawUpdateInput('alice'))),
      ours: () =>
        table.update(userKey('alice'), userSortKey('alice'), {
          set: { name: 'Alice B', plan: 'basic', active: false },
          add: { logins: 1 },
        }),
    },
  ];
}

function userKey(id: string): PartitionKey {
  return new PartitionKey(User, id);
}

function userSortKey(id: string): SortKey {
  return new SortKey(User, id);
}

/** What `table.insert` sends, written by hand: key, timestamp, attributes, must-be-new. */
function rawInsertInput(id: string) {
  return {
    TableName: TABLE_NAME,
    Item: {
      ...ENTITY_ATTRIBUTES,
      PK: `USER#${id}`,
      SK: `USER#${id}`,
      CreatedAt: new Date().toISOString(),
    },
    ConditionExpression: 'attribute_not_exists(#pk)',
    ExpressionAttributeNames: { '#pk': 'PK' },
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  };
}

/** What `table.update` sends, written by hand: 3 SETs, the updated-at stamp and an ADD. */
function rawUpdateInput(id: string) {
  return {
    TableName: TABLE_NAME,
    Key: { PK: `USER#${id}`, SK: `USER#${id}` },
    UpdateExpression:
      'SET #name = :name, #plan = :plan, #active = :active, #at = :at ADD #logins :one',
    ExpressionAttributeNames: {
      '#name': 'name',
      '#plan': 'plan',
      '#active': 'active',
      '#at': 'UpdatedAt',
      '#logins': 'logins',
    },
    ExpressionAttributeValues: {
      ':name': 'Alice B',
      ':plan': 'basic',
      ':active': false,
      ':at': new Date().toISOString(),
      ':one': 1,
    },
  };
}

function rawTransactionInput(id: string): TransactWriteCommandInput {
  const items: NonNullable<TransactWriteCommandInput['TransactItems']> = [];
  for (let i = 0; i < 5; i += 1) {
    const insert = rawInsertInput(`${id}-${i}`);
    items.push({ Put: insert });
    const update = rawUpdateInput(`${id}-u${i}`);
    items.push({ Update: update });
  }
  return { TransactItems: items, ClientRequestToken: randomUUID() };
}

function coreTransactionArgs(id: string): TransactWriteArg[] {
  const args: TransactWriteArg[] = [];
  for (let i = 0; i < 5; i += 1) {
    const insertId = `${id}-${i}`;
    args.push(new InsertArg(userKey(insertId), userSortKey(insertId), ENTITY_ATTRIBUTES));
    const updateId = `${id}-u${i}`;
    args.push(
      new UpdateArg(userKey(updateId), userSortKey(updateId), {
        set: { name: 'Alice B', plan: 'basic', active: false },
        add: { logins: 1 },
      }),
    );
  }
  return args;
}
