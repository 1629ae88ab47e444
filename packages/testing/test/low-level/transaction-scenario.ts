import {
  TransactGetItemsCommand,
  TransactWriteItemsCommand,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import type { Scenario } from '../other-clients/same-on-both.js';
import { key, n, putItem, s } from './low-level-steps.js';

/** TransactWriteItems and TransactGetItems as a client writes them, cancellations included. */
export const transactionScenario: Scenario = (backend) => {
  const { client, tableName: TableName } = backend;
  const write = (TransactItems: TransactWriteItem[], ClientRequestToken?: string) => () =>
    client.send(new TransactWriteItemsCommand({ TransactItems, ClientRequestToken }));
  const put = (pk: string, condition?: string): TransactWriteItem => ({
    Put: {
      TableName,
      Item: { ...key(pk), v: n('1') },
      ...(condition === undefined ? {} : { ConditionExpression: condition }),
    },
  });
  const increment = (
    pk: string,
    ReturnValuesOnConditionCheckFailure?: 'ALL_OLD',
  ): TransactWriteItem => ({
    Update: {
      TableName,
      Key: key(pk),
      UpdateExpression: 'SET v = v + :one',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':one': n('1') },
      ReturnValuesOnConditionCheckFailure,
    },
  });
  const check = (pk: string, condition: string): TransactWriteItem => ({
    ConditionCheck: {
      TableName,
      Key: key(pk),
      ConditionExpression: condition,
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    },
  });
  const remove = (pk: string): TransactWriteItem => ({ Delete: { TableName, Key: key(pk) } });
  const read = (pks: string[], projection?: string) => () =>
    client.send(
      new TransactGetItemsCommand({
        TransactItems: pks.map((pk) => ({
          Get: { TableName, Key: key(pk), ProjectionExpression: projection },
        })),
      }),
    );
  return {
    seed: () => putItem(backend, { ...key('a'), v: n('10'), s: s('x') }),
    allKinds: write([
      put('b'),
      increment('a'),
      check('b2', 'attribute_not_exists(s)'),
      remove('gone'),
    ]),
    read: read(['a', 'b', 'gone']),
    readProjected: read(['a'], 'v'),
    cancelledWithReasons: write([
      put('b', 'attribute_not_exists(pk)'),
      increment('nope', 'ALL_OLD'),
      check('a', 'attribute_not_exists(s)'),
      put('c'),
    ]),
    notAppliedPart: read(['c']),
    cancelledUpdateReturningItem: write([
      {
        Update: {
          TableName,
          Key: key('a'),
          UpdateExpression: 'SET v = :one',
          ConditionExpression: 'attribute_not_exists(pk)',
          ExpressionAttributeValues: { ':one': n('1') },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
    ]),
    sameItemTwice: write([put('d'), increment('d')]),
    checkAndWriteSameItem: write([check('a', 'attribute_exists(s)'), increment('a')]),
    tooMany: write([...Array(101).keys()].map((i) => put(`t${i}`))),
    hundred: write([...Array(100).keys()].map((i) => put(`t${i}`))),
    empty: write([]),
    twoActionsInOne: write([{ ...put('e'), Delete: { TableName, Key: key('e') } }]),
    noAction: write([{}]),
    updateWithoutExpression: write([{ Update: { TableName, Key: key('a') } as never }]),
    tokenFirst: write([increment('a')], 'token-1'),
    tokenReplayed: write([increment('a')], 'token-1'),
    afterReplay: read(['a']),
    tokenOtherRequest: write([increment('b')], 'token-1'),
    readTooMany: read([...Array(101).keys()].map((i) => `t${i}`)),
    readSameItemTwice: read(['a', 'a']),
    readMissingTable: () =>
      client.send(
        new TransactGetItemsCommand({
          TransactItems: [{ Get: { TableName: `${TableName}-missing`, Key: key('a') } }],
        }),
      ),
  };
};
