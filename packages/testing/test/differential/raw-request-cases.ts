import type {
  CreateTableCommandInput,
  DeleteTableCommandInput,
  DescribeTableCommandInput,
  DescribeTimeToLiveCommandInput,
  UpdateTableCommandInput,
  UpdateTimeToLiveCommandInput,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactGetCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { localIndexCases } from './local-index-cases.js';
import { timeToLiveCases } from './time-to-live-cases.js';
import { updateTableCases } from './update-table-cases.js';

/** What a raw request case sends with: a document client and the table operations. */
export interface RawApi {
  readonly doc: DynamoDBDocumentClient;
  /** The table core's `createTable` made (PK/SK, inverse index GSI_1 with keys SK/PK). */
  readonly table: string;
  createTable(input: CreateTableCommandInput): Promise<unknown>;
  describeTable(input: DescribeTableCommandInput): Promise<unknown>;
  deleteTable(input: DeleteTableCommandInput): Promise<unknown>;
  updateTable(input: UpdateTableCommandInput): Promise<unknown>;
  updateTimeToLive(input: UpdateTimeToLiveCommandInput): Promise<unknown>;
  describeTimeToLive(input: DescribeTimeToLiveCommandInput): Promise<unknown>;
}

/** One request (or a few) sent as is, bypassing core's checks; its result is compared. */
export interface RawRequestCase {
  readonly name: string;
  readonly run: (api: RawApi) => Promise<unknown>;
  /** Compare only the error's name: DynamoDB Local's wording differs (missing tables). */
  readonly errorNameOnly?: true;
}

const x = (count: number, text = 'x'): string => text.repeat(count);
/** Code points of a string, so lone surrogates print readably. */
const points = (text: unknown): string =>
  [...String(text)].map((c) => (c.codePointAt(0) ?? 0).toString(16)).join(',');

const put = (api: RawApi, Item: Record<string, unknown>) =>
  api.doc.send(new PutCommand({ TableName: api.table, Item }));
const get = (api: RawApi, Key: Record<string, unknown>) =>
  api.doc.send(new GetCommand({ TableName: api.table, Key, ConsistentRead: true }));
/** An update setting the attribute `name`, given as an `ExpressionAttributeNames` value. */
const setNamed = (api: RawApi, PK: string, name: string) =>
  api.doc.send(
    new UpdateCommand({
      TableName: api.table,
      Key: { PK, SK: 'n' },
      UpdateExpression: 'SET #c = :v',
      ExpressionAttributeNames: { '#c': name },
      ExpressionAttributeValues: { ':v': 1 },
    }),
  );
const item = async (api: RawApi, Key: Record<string, unknown>) => (await get(api, Key)).Item;

/** Attribute names that are members of `Object.prototype`. */
const prototypeNames: RawRequestCase[] = [
  {
    name: 'an item with attributes named constructor, valueOf, hasOwnProperty… is stored',
    run: async (api) => {
      await put(api, {
        PK: 'c1',
        SK: 'c',
        constructor: 'x',
        valueOf: 1,
        hasOwnProperty: 2,
        isPrototypeOf: 3,
        __defineGetter__: 4,
      });
      return item(api, { PK: 'c1', SK: 'c' });
    },
  },
  {
    name: 'an update sets #c = constructor',
    run: (api) =>
      api.doc.send(
        new UpdateCommand({
          TableName: api.table,
          Key: { PK: 'c2', SK: 'c' },
          UpdateExpression: 'SET #c = :v',
          ExpressionAttributeNames: { '#c': 'constructor' },
          ExpressionAttributeValues: { ':v': 1 },
          ReturnValues: 'ALL_NEW',
        }),
      ),
  },
  {
    name: 'a condition and a projection read the attribute constructor',
    run: async (api) => {
      await put(api, { PK: 'c3', SK: 'c', constructor: 'x' });
      await api.doc.send(
        new PutCommand({
          TableName: api.table,
          Item: { PK: 'c3', SK: 'c', constructor: 'y' },
          ConditionExpression: 'attribute_exists(#c) AND #c = :x',
          ExpressionAttributeNames: { '#c': 'constructor' },
          ExpressionAttributeValues: { ':x': 'x' },
        }),
      );
      return api.doc.send(
        new GetCommand({
          TableName: api.table,
          Key: { PK: 'c3', SK: 'c' },
          ProjectionExpression: '#c',
          ExpressionAttributeNames: { '#c': 'constructor' },
        }),
      );
    },
  },
  {
    name: 'a key with an attribute named constructor instead of SK is refused',
    run: (api) => get(api, { PK: 'c4', constructor: 'c' }),
  },
];

/** Attribute names: 1 to 65535 bytes of UTF-8. */
const attributeNames: RawRequestCase[] = [
  {
    name: 'an empty attribute name is refused',
    run: (api) => put(api, { PK: 'n', SK: 'n', '': 1 }),
  },
  {
    name: 'an empty name in a map is refused',
    run: (api) => put(api, { PK: 'n', SK: 'n', m: { '': 1 } }),
  },
  {
    name: 'an empty name in a map of ExpressionAttributeValues is refused',
    run: (api) =>
      api.doc.send(
        new UpdateCommand({
          TableName: api.table,
          Key: { PK: 'n', SK: 'n' },
          UpdateExpression: 'SET m = :m',
          ExpressionAttributeValues: { ':m': { '': 1 } },
        }),
      ),
  },
  {
    name: 'a name of 65535 bytes is stored',
    run: async (api) => {
      await put(api, { PK: 'n1', SK: 'n', [x(65535)]: 1, [x(32767, 'é') + 'x']: 2 });
      return Object.keys((await item(api, { PK: 'n1', SK: 'n' })) ?? {})
        .map((k) => k.length)
        .sort();
    },
  },
  {
    name: 'a name of 65536 bytes is refused',
    run: (api) => put(api, { PK: 'n', SK: 'n', [x(65536)]: 1 }),
  },
  {
    name: 'a name of 32768 two-byte characters (65536 bytes) is refused',
    run: (api) => put(api, { PK: 'n', SK: 'n', [x(32768, 'é')]: 1 }),
  },
  {
    name: 'a name of 65536 bytes in a map is refused',
    run: (api) => put(api, { PK: 'n', SK: 'n', m: { [x(65536)]: 1 } }),
  },
  {
    name: 'an ExpressionAttributeNames value of 65536 bytes is refused in an update',
    run: (api) => setNamed(api, 'n', x(65536)),
  },
  {
    name: 'an ExpressionAttributeNames value of 65536 bytes is refused in a projection',
    run: (api) =>
      api.doc.send(
        new GetCommand({
          TableName: api.table,
          Key: { PK: 'n', SK: 'n' },
          ProjectionExpression: '#c',
          ExpressionAttributeNames: { '#c': x(32768, 'é') },
        }),
      ),
  },
  {
    name: 'an ExpressionAttributeNames value of 256 bytes is accepted',
    run: (api) => setNamed(api, 'n2', x(256)),
  },
];

const simpleTable = (name: string, key: string): CreateTableCommandInput => ({
  TableName: name,
  AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }],
  KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
  BillingMode: 'PAY_PER_REQUEST',
});

/** Key attribute names (and names projected into an index): 1 to 255 characters. */
const keyAttributeNames: RawRequestCase[] = [
  {
    name: 'a table with a key attribute name of 256 characters is refused',
    run: (api) => api.createTable(simpleTable(`${api.table}-k256`, x(256))),
  },
  {
    name: 'a table with an empty key attribute name is refused',
    run: (api) => api.createTable(simpleTable(`${api.table}-k0`, '')),
  },
  {
    name: 'a table with a key attribute name of 255 characters is created, then deleted',
    run: async (api) => {
      await api.createTable(simpleTable(`${api.table}-k255`, x(255)));
      await api.deleteTable({ TableName: `${api.table}-k255` });
      return 'created';
    },
  },
  {
    name: 'a GSI with a sort key name of 256 characters is refused',
    run: (api) =>
      api.createTable({
        ...simpleTable(`${api.table}-g256`, 'k'),
        AttributeDefinitions: [
          { AttributeName: 'k', AttributeType: 'S' },
          { AttributeName: x(256), AttributeType: 'S' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'GSI',
            KeySchema: [
              { AttributeName: 'k', KeyType: 'HASH' },
              { AttributeName: x(256), KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
  },
  {
    name: 'a GSI projecting an attribute name of 256 characters is refused',
    run: (api) =>
      api.createTable({
        ...simpleTable(`${api.table}-p256`, 'k'),
        GlobalSecondaryIndexes: [
          {
            IndexName: 'GSI',
            KeySchema: [{ AttributeName: 'k', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [x(256)] },
          },
        ],
      }),
  },
];

const key = (PK: string, SK = 'k') => ({ PK, SK });

/** Key sizes: 2048 bytes for a partition key, 1024 for a sort key, in the table and every GSI. */
const keySizes: RawRequestCase[] = [
  {
    name: 'a PK of 1024 bytes and an SK of 1024 bytes are stored',
    run: async (api) => {
      await put(api, key(x(1024, 'p'), x(1024, 's')));
      return Object.keys((await item(api, key(x(1024, 'p'), x(1024, 's')))) ?? {}).sort();
    },
  },
  {
    name: 'a PK of 1025 bytes (the sort key of the inverse index) is refused',
    run: (api) => put(api, key(x(1025, 'p'))),
  },
  {
    name: 'a PK of 2048 bytes is refused (inverse index)',
    run: (api) => put(api, key(x(2048, 'p'))),
  },
  { name: 'a PK of 2049 bytes is refused', run: (api) => put(api, key(x(2049, 'p'))) },
  {
    name: 'a PK of 342 three-byte characters (1026 bytes) is refused',
    run: (api) => put(api, key(x(342, '€'))),
  },
  { name: 'an SK of 1025 bytes is refused', run: (api) => put(api, key('p', x(1025, 's'))) },
  {
    name: 'an SK of 1024 lone surrogates (one byte each, as "?") is stored',
    run: (api) => put(api, key('p', x(1024, '\ud800'))),
  },
  {
    name: 'a batch put with a PK of 1025 bytes is refused',
    run: (api) =>
      api.doc.send(
        new BatchWriteCommand({
          RequestItems: { [api.table]: [{ PutRequest: { Item: key(x(1025, 'p')) } }] },
        }),
      ),
  },
  {
    name: 'a transaction put with a PK of 1025 bytes is refused',
    run: (api) =>
      api.doc.send(
        new TransactWriteCommand({
          TransactItems: [{ Put: { TableName: api.table, Item: key(x(1025, 'p')) } }],
        }),
      ),
  },
  {
    name: 'a transaction put with a PK of 2049 bytes is cancelled',
    run: (api) =>
      api.doc.send(
        new TransactWriteCommand({
          TransactItems: [{ Put: { TableName: api.table, Item: key(x(2049, 'p')) } }],
        }),
      ),
  },
  {
    name: 'an update of a PK of 1025 bytes is applied (as DynamoDB Local does)',
    run: (api) =>
      api.doc.send(
        new UpdateCommand({
          TableName: api.table,
          Key: key(x(1025, 'p'), 'u'),
          UpdateExpression: 'SET v = :v',
          ExpressionAttributeValues: { ':v': 1 },
          ReturnValues: 'ALL_NEW',
        }),
      ),
  },
  {
    name: 'an update of a PK of 2049 bytes is refused',
    run: (api) =>
      api.doc.send(
        new UpdateCommand({
          TableName: api.table,
          Key: key(x(2049, 'p')),
          UpdateExpression: 'SET v = :v',
          ExpressionAttributeValues: { ':v': 1 },
        }),
      ),
  },
  { name: 'a get of a PK of 2049 bytes is refused', run: (api) => get(api, key(x(2049, 'p'))) },
  { name: 'a get of an SK of 1025 bytes is refused', run: (api) => get(api, key('p', x(1025))) },
  {
    name: 'a delete of a PK of 2049 bytes is refused',
    run: (api) => api.doc.send(new DeleteCommand({ TableName: api.table, Key: key(x(2049)) })),
  },
  {
    name: 'a batch get of a PK of 2049 bytes is refused',
    run: (api) =>
      api.doc.send(
        new BatchGetCommand({ RequestItems: { [api.table]: { Keys: [key(x(2049, 'p'))] } } }),
      ),
  },
  ...(
    [
      ['SK > :a', x(1025)],
      ['SK BETWEEN :a AND :b', x(600, 'a'), x(600, 'b')],
      ['SK BETWEEN :a AND :b', x(500, 'a'), x(500, 'b')],
      ['begins_with(SK, :a)', x(1024)],
      ['begins_with(SK, :a)', x(1025)],
      ['SK BETWEEN :a AND :b', x(5, 'a'), x(1025, 'b')],
    ] as const
  ).map(([condition, ...values]): RawRequestCase => ({
    name: `a query on ${condition} with ${values.map((v) => v.length).join(' + ')} bytes of sort key`,
    run: (api) =>
      api.doc.send(
        new QueryCommand({
          TableName: api.table,
          KeyConditionExpression: `PK = :p AND ${condition}`,
          ExpressionAttributeValues: {
            ':p': 'p',
            ...Object.fromEntries(values.map((v, i) => [i === 0 ? ':a' : ':b', v])),
          },
        }),
      ),
  })),
  {
    name: 'a query of a PK of 2049 bytes finds nothing',
    run: (api) =>
      api.doc.send(
        new QueryCommand({
          TableName: api.table,
          KeyConditionExpression: 'PK = :p',
          ExpressionAttributeValues: { ':p': x(2049, 'p') },
        }),
      ),
  },
];

/** Strings are stored as UTF-8, a lone surrogate as "?": keys that encode alike are one. */
const loneSurrogates: RawRequestCase[] = [
  {
    name: 'PKs \\ud800, \\ud801 and \\udfff are one item, holding the last one written',
    run: async (api) => {
      for (const PK of ['\ud800', '\ud801', '\udfff']) await put(api, { ...key(PK, 'ls'), v: PK });
      const { Items = [] } = await api.doc.send(
        new ScanCommand({ TableName: api.table, ConsistentRead: true }),
      );
      return Items.filter((i) => i.SK === 'ls').map((i) => [points(i.PK), points(i.v)]);
    },
  },
  {
    name: 'a PK with a lone surrogate is the item of the PK with "?" in its place',
    run: async (api) => {
      await put(api, { ...key('w?'), v: 1 });
      await put(api, { ...key('w\ud800'), v: 2 });
      await put(api, { ...key('x\ud83dy'), v: 3 });
      const found = [await item(api, key('w?')), await item(api, key('x?y'))];
      return found.map((i) => i && [points(i.PK), i.v]);
    },
  },
  {
    name: 'a PK with a lone surrogate is not the item of the PK with U+FFFD',
    run: async (api) => {
      await put(api, { ...key('v\ufffd'), v: 1 });
      await put(api, { ...key('v\ud800'), v: 2 });
      return [await item(api, key('v\ufffd')), await item(api, key('v?'))];
    },
  },
  {
    name: 'sort keys with lone surrogates sort as "?"',
    run: async (api) => {
      for (const s of ['>', '\ud800', '@', '\ufffd', '\u{10000}', '?a']) {
        await put(api, key('order', `k${s}`));
      }
      const { Items = [] } = await api.doc.send(
        new QueryCommand({
          TableName: api.table,
          KeyConditionExpression: 'PK = :p AND SK BETWEEN :a AND :b',
          ExpressionAttributeValues: { ':p': 'order', ':a': 'k?', ':b': 'k\udfff' },
        }),
      );
      return Items.map((i) => points(i.SK));
    },
  },
  {
    name: 'begins_with on the sort key compares lone surrogates as "?"',
    run: async (api) => {
      await put(api, key('begins', '\ud83d'));
      return api.doc.send(
        new QueryCommand({
          TableName: api.table,
          KeyConditionExpression: 'PK = :p AND begins_with(SK, :s)',
          ExpressionAttributeValues: { ':p': 'begins', ':s': '\udc00' },
        }),
      );
    },
  },
  {
    name: 'a condition compares a stored lone surrogate with "?" as equal, and U+FFFD as not',
    run: async (api) => {
      await put(api, { ...key('cond'), s: '\ud800' });
      const check = (value: string) =>
        api.doc
          .send(
            new PutCommand({
              TableName: api.table,
              Item: { ...key('cond'), s: '\ud800' },
              ConditionExpression: 's = :v AND begins_with(s, :v) AND contains(s, :v)',
              ExpressionAttributeValues: { ':v': value },
            }),
          )
          .then(
            () => 'holds',
            (error: Error) => error.name,
          );
      return [await check('?'), await check('\udbff'), await check('\ufffd')];
    },
  },
  {
    name: 'a string set of two lone surrogates keeps both',
    run: async (api) => {
      await put(api, { ...key('set'), ss: new Set(['\ud800', '\ud801']) });
      const found = await item(api, key('set'));
      return [...((found?.ss as Set<string> | undefined) ?? [])].map(points).sort();
    },
  },
  {
    name: 'an item is sized with a lone surrogate as one byte',
    run: (api) => put(api, { ...key('size'), s: x(409600 - 2000, 'a'), t: x(1000, '\ud800') }),
  },
];

const INVALID_TABLE_NAMES = ['ab', 'a b c', x(256), '', 'tabé', 'a!'];

/** Table names: 3 to 255 characters of a-z, A-Z, 0-9, `_`, `-` and `.`. */
const tableNames: RawRequestCase[] = [
  ...INVALID_TABLE_NAMES.map((TableName): RawRequestCase => ({
    name: `a get from the table ${JSON.stringify(TableName.slice(0, 12))} is refused`,
    run: (api) => api.doc.send(new GetCommand({ TableName, Key: key('t') })),
  })),
  {
    name: 'a get without a table name is refused',
    run: (api) => api.doc.send(new GetCommand({ Key: key('t') } as never)),
  },
  {
    name: 'a get from an invalid table name with an invalid key names the table',
    run: (api) => api.doc.send(new GetCommand({ TableName: 'a', Key: {} })),
  },
  {
    name: 'a get from a missing table of 255 characters is not found',
    run: (api) => api.doc.send(new GetCommand({ TableName: x(255), Key: key('t') })),
    errorNameOnly: true,
  },
  {
    name: 'put, update, delete, query and scan on an invalid table name are refused',
    run: async (api) => {
      const TableName = 'ab';
      const sends = [
        new PutCommand({ TableName, Item: key('t') }),
        new UpdateCommand({ TableName, Key: key('t'), UpdateExpression: 'REMOVE v' }),
        new DeleteCommand({ TableName, Key: key('t') }),
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'PK = :p',
          ExpressionAttributeValues: { ':p': 't' },
        }),
        new ScanCommand({ TableName }),
      ].map((command) =>
        api.doc.send(command as never).then(
          () => 'ok',
          (error: Error) => `${error.name}: ${error.message}`,
        ),
      );
      return Promise.all(sends);
    },
  },
  {
    name: 'a batch write to an invalid table name is refused',
    run: (api) =>
      api.doc.send(
        new BatchWriteCommand({ RequestItems: { ab: [{ PutRequest: { Item: key('t') } }] } }),
      ),
  },
  {
    name: 'a batch get from an invalid table name is refused',
    run: (api) => api.doc.send(new BatchGetCommand({ RequestItems: { ab: { Keys: [key('t')] } } })),
  },
  {
    name: 'a transaction writing to an invalid table name is refused',
    run: (api) =>
      api.doc.send(
        new TransactWriteCommand({ TransactItems: [{ Put: { TableName: 'ab', Item: key('t') } }] }),
      ),
  },
  {
    name: 'a transaction reading from an invalid table name is not found (as DynamoDB Local does)',
    run: (api) =>
      api.doc.send(
        new TransactGetCommand({ TransactItems: [{ Get: { TableName: 'ab', Key: key('t') } }] }),
      ),
    errorNameOnly: true,
  },
  {
    name: 'describe, delete and create of an invalid table name are refused',
    run: async (api) => {
      const outcome = (sent: Promise<unknown>) =>
        sent.then(
          () => 'ok',
          (error: Error) => `${error.name}: ${error.message}`,
        );
      return [
        await outcome(api.describeTable({ TableName: 'ab' })),
        await outcome(api.deleteTable({ TableName: 'a b c' })),
        await outcome(api.createTable(simpleTable('ab', 'k'))),
      ];
    },
  },
];

/** The raw request cases, by the issue item they prove. */
export const RAW_REQUEST_CASES: Readonly<Record<string, readonly RawRequestCase[]>> = {
  'attribute names of Object.prototype members': prototypeNames,
  'attribute name lengths': attributeNames,
  'key attribute name lengths': keyAttributeNames,
  'key sizes in the table and its GSIs': keySizes,
  'local secondary indexes': localIndexCases,
  'lone surrogates': loneSurrogates,
  'time to live': timeToLiveCases,
  'table updates': updateTableCases,
  'table names': tableNames,
};
