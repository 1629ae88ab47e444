import { DeleteItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import type { Scenario } from '../other-clients/same-on-both.js';
import { key, n, putItem, s, updateItem } from './low-level-steps.js';

const K = key('return-values');
type ReturnValue = 'NONE' | 'ALL_OLD';

/** ReturnValues and ReturnValuesOnConditionCheckFailure on put, update and delete. */
export const returnValuesScenario: Scenario = (backend) => {
  const { client, tableName: TableName } = backend;
  const put = (ReturnValues?: string, ConditionExpression?: string) => () =>
    client.send(
      new PutItemCommand({
        TableName,
        Item: { ...K, a: n('1'), b: s('b') },
        ReturnValues: ReturnValues as ReturnValue,
        ConditionExpression,
        ReturnValuesOnConditionCheckFailure:
          ConditionExpression === undefined ? undefined : 'ALL_OLD',
      }),
    );
  const remove = (ReturnValues?: string, onFailure?: string) => () =>
    client.send(
      new DeleteItemCommand({
        TableName,
        Key: K,
        ReturnValues: ReturnValues as ReturnValue,
        ...(onFailure === undefined
          ? {}
          : {
              ConditionExpression: 'attribute_not_exists(pk)',
              ReturnValuesOnConditionCheckFailure: onFailure as ReturnValue,
            }),
      }),
    );
  const update =
    (ReturnValues: string, expression = 'SET a = a + :one, c = :one REMOVE b') =>
    () =>
      updateItem(backend, K, {
        UpdateExpression: expression,
        ExpressionAttributeValues: { ':one': n('1') },
        ReturnValues: ReturnValues as ReturnValue,
      });
  return {
    putNew: put('ALL_OLD'),
    putOld: put('ALL_OLD'),
    putNone: put('NONE'),
    putAllNew: put('ALL_NEW'),
    putUpdatedOld: put('UPDATED_OLD'),
    putInvalid: put('EVERYTHING'),
    putLowerCase: put('all_old'),
    putConditionFails: put(undefined, 'attribute_not_exists(pk)'),
    updateUpdatedNew: update('UPDATED_NEW'),
    reset: () => putItem(backend, { ...K, a: n('1'), b: s('b') }),
    updateUpdatedOld: update('UPDATED_OLD'),
    updateAllOld: update('ALL_OLD'),
    updateAllNew: update('ALL_NEW'),
    updateNone: update('NONE'),
    updateInvalid: update('EVERYTHING'),
    updateNothingChanged: update('UPDATED_OLD', 'REMOVE nope'),
    updateNestedUpdatedNew: () =>
      updateItem(backend, K, {
        UpdateExpression: 'SET m = :m',
        ExpressionAttributeValues: { ':m': { M: { x: { L: [n('1'), n('2')] } } } },
        ReturnValues: 'UPDATED_NEW',
      }),
    updateNestedPathUpdatedOld: () =>
      updateItem(backend, K, {
        UpdateExpression: 'SET m.x[1] = :v',
        ExpressionAttributeValues: { ':v': s('two') },
        ReturnValues: 'UPDATED_OLD',
      }),
    onFailureInvalid: () =>
      updateItem(backend, K, {
        UpdateExpression: 'SET a = :one',
        ConditionExpression: 'attribute_not_exists(pk)',
        ExpressionAttributeValues: { ':one': n('1') },
        ReturnValuesOnConditionCheckFailure: 'ALL_NEW' as 'ALL_OLD',
      }),
    deleteOnFailureNone: remove(undefined, 'NONE'),
    deleteOnFailureAllOld: remove(undefined, 'ALL_OLD'),
    deleteAllNew: remove('ALL_NEW'),
    deleteInvalid: remove('EVERYTHING'),
    deleteAllOld: remove('ALL_OLD'),
    deleteAgain: remove('ALL_OLD'),
  };
};
