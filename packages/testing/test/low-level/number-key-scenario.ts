import {
  BatchGetItemCommand,
  type CreateTableCommandInput,
  DeleteItemCommand,
  QueryCommand,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { Scenario } from '../other-clients/same-on-both.js';
import { getItem, n, putItem, s } from './low-level-steps.js';

/** A table keyed by `pk` (string) and `sk` (number). */
export function numberSortKeyTable(TableName: string): CreateTableCommandInput {
  return {
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'N' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
  };
}

/** Number sort keys: spellings of one number are one item, and numbers sort as numbers. */
export const numberKeyScenario: Scenario = (backend) => {
  const { client, tableName: TableName } = backend;
  const put = (sk: string, v: string) => () => putItem(backend, { pk: s('p'), sk: n(sk), v: s(v) });
  const query =
    (condition: string, values: Record<string, string>, forward = true) =>
    () =>
      client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: `pk = :p${condition}`,
          ExpressionAttributeValues: {
            ':p': s('p'),
            ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, n(v)])),
          },
          ScanIndexForward: forward,
        }),
      );
  return {
    one: put('1', 'one'),
    oneAgain: put('1.0', 'one again'),
    oneSpelledLong: put('10E-1', 'one once more'),
    ten: put('10', 'ten'),
    two: put('2', 'two'),
    negative: put('-5.5', 'negative'),
    tiny: put('1e-100', 'tiny'),
    huge: put('1e100', 'huge'),
    zero: put('-0', 'zero'),
    get: () => getItem(backend, { pk: s('p'), sk: n('001.000') }),
    all: query('', {}),
    backwards: query('', {}, false),
    between: query(' AND sk BETWEEN :a AND :b', { ':a': '0', ':b': '2.0' }),
    greater: query(' AND sk > :a', { ':a': '1E1' }),
    beginsWithNumber: query(' AND begins_with(sk, :a)', { ':a': '1' }),
    startKeySpelledOtherwise: () =>
      client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :p',
          ExpressionAttributeValues: { ':p': s('p') },
          ExclusiveStartKey: { pk: s('p'), sk: n('0.10E1') },
        }),
      ),
    batchGetSpelledOtherwise: () =>
      client.send(
        new BatchGetItemCommand({
          RequestItems: { [TableName]: { Keys: [{ pk: s('p'), sk: n('2.000') }] } },
        }),
      ),
    batchGetSameNumberTwice: () =>
      client.send(
        new BatchGetItemCommand({
          RequestItems: {
            [TableName]: {
              Keys: [
                { pk: s('p'), sk: n('2') },
                { pk: s('p'), sk: n('2.0') },
              ],
            },
          },
        }),
      ),
    transactionSameNumberTwice: () =>
      client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName, Item: { pk: s('p'), sk: n('3'), v: s('a') } } },
            { Delete: { TableName, Key: { pk: s('p'), sk: n('3.0') } } },
          ],
        }),
      ),
    updateSpelledOtherwise: () =>
      client.send(
        new UpdateItemCommand({
          TableName,
          Key: { pk: s('p'), sk: n('1e1') },
          UpdateExpression: 'SET v = :v',
          ExpressionAttributeValues: { ':v': s('ten, updated') },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    deleteSpelledOtherwise: () =>
      client.send(
        new DeleteItemCommand({
          TableName,
          Key: { pk: s('p'), sk: n('-55e-1') },
          ReturnValues: 'ALL_OLD',
        }),
      ),
    stringSortKey: () => putItem(backend, { pk: s('p'), sk: s('1') }),
    lastEvaluatedKey: () =>
      client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :p',
          ExpressionAttributeValues: { ':p': s('p') },
          Limit: 2,
        }),
      ),
  };
};
