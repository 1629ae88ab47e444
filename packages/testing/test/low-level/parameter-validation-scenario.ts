import {
  BatchGetItemCommand,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ScanCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { Scenario } from '../other-clients/same-on-both.js';
import { key, n, putItem, s } from './low-level-steps.js';

/**
 * The parameters a low-level client can get wrong: missing members, keys of the wrong
 * shape, enums, segment pairs, and the legacy parameters beside (or instead of) the
 * expressions that replaced them.
 */
export const parameterValidationScenario: Scenario = (backend) => {
  const { client, tableName: TableName } = backend;
  const K = key('params');
  const unsafe = <T>(value: unknown): T => value as T;
  return {
    seed: () => putItem(backend, { ...K, a: n('1'), b: s('x') }),
    getWithoutKey: () => client.send(new GetItemCommand(unsafe({ TableName }))),
    getWithExtraKeyAttribute: () =>
      client.send(new GetItemCommand({ TableName, Key: { ...K, a: n('1') } })),
    getWithWrongKeyType: () =>
      client.send(new GetItemCommand({ TableName, Key: { pk: n('1'), sk: s('item') } })),
    getWithoutTable: () => client.send(new GetItemCommand(unsafe({ Key: K }))),
    putWithoutItem: () => client.send(new PutItemCommand(unsafe({ TableName }))),
    deleteWithoutKey: () => client.send(new DeleteItemCommand(unsafe({ TableName }))),
    updateWithoutExpression: () =>
      client.send(
        new UpdateItemCommand({ TableName, Key: key('params-new'), ReturnValues: 'ALL_NEW' }),
      ),
    updateValuesWithoutExpression: () =>
      client.send(
        new UpdateItemCommand({
          TableName,
          Key: K,
          ExpressionAttributeValues: { ':v': n('1') },
        }),
      ),
    getConsumedCapacityTotal: () =>
      client.send(new GetItemCommand({ TableName, Key: K, ReturnConsumedCapacity: 'TOTAL' })),
    queryWithoutCondition: () => client.send(new QueryCommand({ TableName })),
    querySelectInvalid: () =>
      client.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :p',
          ExpressionAttributeValues: { ':p': s('params') },
          Select: unsafe('EVERYTHING'),
        }),
      ),
    segmentWithoutTotal: () => client.send(new ScanCommand({ TableName, Segment: 0 })),
    totalWithoutSegment: () => client.send(new ScanCommand({ TableName, TotalSegments: 2 })),
    segmentTooLarge: () =>
      client.send(new ScanCommand({ TableName, Segment: 2, TotalSegments: 2 })),
    startKeyWrongShape: () =>
      client.send(new ScanCommand({ TableName, ExclusiveStartKey: { pk: s('params') } })),
    legacyAttributesToGet: () =>
      client.send(new GetItemCommand({ TableName, Key: K, AttributesToGet: ['a'] })),
    legacyAttributesToGetWithProjection: () =>
      client.send(
        new GetItemCommand({
          TableName,
          Key: K,
          AttributesToGet: ['a'],
          ProjectionExpression: 'b',
        }),
      ),
    legacyExpected: () =>
      client.send(
        new PutItemCommand({
          TableName,
          Item: { ...K, a: n('2') },
          Expected: { a: { Value: n('5') } },
        }),
      ),
    legacyExpectedWithCondition: () =>
      client.send(
        new PutItemCommand({
          TableName,
          Item: { ...K, a: n('2') },
          Expected: { a: { Exists: false } },
          ConditionExpression: 'attribute_exists(a)',
        }),
      ),
    legacyAttributeUpdates: () =>
      client.send(
        new UpdateItemCommand({
          TableName,
          Key: K,
          AttributeUpdates: { a: { Action: 'ADD', Value: n('1') } },
          ReturnValues: 'ALL_NEW',
        }),
      ),
    legacyKeyConditions: () =>
      client.send(
        new QueryCommand({
          TableName,
          KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [s('params')] } },
        }),
      ),
    legacyScanFilter: () =>
      client.send(
        new ScanCommand({
          TableName,
          ScanFilter: { a: { ComparisonOperator: 'GT', AttributeValueList: [n('100')] } },
        }),
      ),
    legacyBatchAttributesToGet: () =>
      client.send(
        new BatchGetItemCommand({
          RequestItems: { [TableName]: { Keys: [K], AttributesToGet: ['a'] } },
        }),
      ),
  };
};
