import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Scenario } from '../other-clients/same-on-both.js';
import { getItem, key, n, putItem, s, updateItem } from './low-level-steps.js';

const K = key('update');
/** SET `expression` with `values`, giving the whole new item back. */
const set = (expression: string, values?: Record<string, AttributeValue>) => ({
  UpdateExpression: expression,
  ...(values === undefined ? {} : { ExpressionAttributeValues: values }),
  ReturnValues: 'ALL_NEW' as const,
});

/**
 * Update expressions as a low-level client writes them: arithmetic, if_not_exists,
 * list_append, nested paths, list indexes, ADD and DELETE on numbers and sets, every
 * ReturnValues variant, and the expressions DynamoDB refuses.
 */
export const updateExpressionScenario: Scenario = (backend) => ({
  seed: () =>
    putItem(backend, {
      ...K,
      count: n('10'),
      text: s('t'),
      list: { L: [n('1'), n('2'), n('3')] },
      map: { M: { inner: { M: { deep: s('d') } }, num: n('1') } },
      tags: { SS: ['a', 'b'] },
      nums: { NS: ['1', '2'] },
    }),
  plus: () =>
    updateItem(backend, K, {
      ...set('SET #c = #c + :v'),
      ExpressionAttributeNames: { '#c': 'count' },
      ExpressionAttributeValues: { ':v': n('2.50') },
    }),
  minusReversed: () =>
    updateItem(backend, K, {
      ...set('SET #c = :v - #c', { ':v': n('1e2') }),
      ExpressionAttributeNames: { '#c': 'count' },
    }),
  plusOnString: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET #t = #t + :v',
      ExpressionAttributeNames: { '#t': 'text' },
      ExpressionAttributeValues: { ':v': n('1') },
    }),
  plusOnMissing: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET missing = missing + :v',
      ExpressionAttributeValues: { ':v': n('1') },
    }),
  ifNotExists: () =>
    updateItem(backend, K, {
      ...set('SET a = if_not_exists(a, :z) + :one, #c = if_not_exists(#c, :z)', {
        ':z': n('0'),
        ':one': n('1'),
      }),
      ExpressionAttributeNames: { '#c': 'count' },
    }),
  overflow: () =>
    updateItem(backend, K, {
      ...set('SET big = :big + :big', { ':big': n('9'.repeat(38)) }),
    }),
  appendBoth: () =>
    updateItem(backend, K, {
      ...set('SET #l = list_append(:front, list_append(#l, :back))'),
      ExpressionAttributeNames: { '#l': 'list' },
      ExpressionAttributeValues: { ':front': { L: [s('f')] }, ':back': { L: [s('b')] } },
    }),
  appendIfNotExists: () =>
    updateItem(backend, K, {
      ...set('SET fresh = list_append(if_not_exists(fresh, :empty), :l)'),
      ExpressionAttributeValues: { ':empty': { L: [] }, ':l': { L: [s('x')] } },
    }),
  appendToNotList: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET #t = list_append(#t, :l)',
      ExpressionAttributeNames: { '#t': 'text' },
      ExpressionAttributeValues: { ':l': { L: [s('x')] } },
    }),
  nestedSet: () =>
    updateItem(backend, K, {
      ...set('SET #m.inner.deep = :v, #m.added = :v', { ':v': s('new') }),
      ExpressionAttributeNames: { '#m': 'map' },
    }),
  nestedMissingParent: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET #m.nope.deeper = :v',
      ExpressionAttributeNames: { '#m': 'map' },
      ExpressionAttributeValues: { ':v': s('x') },
    }),
  listIndex: () =>
    updateItem(backend, K, {
      ...set('SET #l[1] = :v, #l[20] = :end', { ':v': s('second'), ':end': s('appended') }),
      ExpressionAttributeNames: { '#l': 'list' },
    }),
  indexOnNotList: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET #t[0] = :v',
      ExpressionAttributeNames: { '#t': 'text' },
      ExpressionAttributeValues: { ':v': s('x') },
    }),
  removeIndexes: () =>
    updateItem(backend, K, {
      UpdateExpression: 'REMOVE #l[0], #l[2], #l[99], #m.num',
      ExpressionAttributeNames: { '#l': 'list', '#m': 'map' },
      ReturnValues: 'UPDATED_OLD',
    }),
  addNumberAndSet: () =>
    updateItem(backend, K, {
      UpdateExpression: 'ADD #c :one, tags :more, fresh :one, freshSet :set',
      ExpressionAttributeNames: { '#c': 'count' },
      ExpressionAttributeValues: {
        ':one': n('-1.0'),
        ':more': { SS: ['b', 'c'] },
        ':set': { NS: ['5', '05.0'] },
      },
      ReturnValues: 'UPDATED_NEW',
    }),
  addNumberSetNormalised: () =>
    updateItem(backend, K, {
      UpdateExpression: 'ADD nums :set',
      ExpressionAttributeValues: { ':set': { NS: ['1.0', '3'] } },
      ReturnValues: 'UPDATED_NEW',
    }),
  addWrongSetType: () =>
    updateItem(backend, K, {
      UpdateExpression: 'ADD tags :nums',
      ExpressionAttributeValues: { ':nums': { NS: ['1'] } },
    }),
  addToString: () =>
    updateItem(backend, K, {
      UpdateExpression: 'ADD #t :one',
      ExpressionAttributeNames: { '#t': 'text' },
      ExpressionAttributeValues: { ':one': n('1') },
    }),
  addList: () =>
    updateItem(backend, K, {
      UpdateExpression: 'ADD #l :l',
      ExpressionAttributeNames: { '#l': 'list' },
      ExpressionAttributeValues: { ':l': { L: [s('x')] } },
    }),
  deleteFromSet: () =>
    updateItem(backend, K, {
      UpdateExpression: 'DELETE tags :all, nums :some',
      ExpressionAttributeValues: { ':all': { SS: ['a', 'b', 'c', 'z'] }, ':some': { NS: ['2.0'] } },
      ReturnValues: 'ALL_NEW',
    }),
  deleteNumber: () =>
    updateItem(backend, K, {
      UpdateExpression: 'DELETE #c :one',
      ExpressionAttributeNames: { '#c': 'count' },
      ExpressionAttributeValues: { ':one': n('1') },
    }),
  overlapping: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET #m.inner = :v REMOVE #m.inner.deep',
      ExpressionAttributeNames: { '#m': 'map' },
      ExpressionAttributeValues: { ':v': s('x') },
    }),
  samePathTwice: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET a = :v, a = :v',
      ExpressionAttributeValues: { ':v': s('x') },
    }),
  twoSetClauses: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET a = :v SET b = :v',
      ExpressionAttributeValues: { ':v': s('x') },
    }),
  unusedValue: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET a = :v',
      ExpressionAttributeValues: { ':v': s('x'), ':unused': s('y') },
    }),
  unusedName: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET a = :v',
      ExpressionAttributeNames: { '#unused': 'b' },
      ExpressionAttributeValues: { ':v': s('x') },
    }),
  missingValue: () => updateItem(backend, K, { UpdateExpression: 'SET a = :nope' }),
  reservedWord: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET size = :v',
      ExpressionAttributeValues: { ':v': s('x') },
    }),
  setKey: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET pk = :v',
      ExpressionAttributeValues: { ':v': s('x') },
    }),
  returnUpdatedOld: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET a = :v, brandNew = :v',
      ExpressionAttributeValues: { ':v': s('changed') },
      ReturnValues: 'UPDATED_OLD',
    }),
  returnAllOld: () =>
    updateItem(backend, K, {
      UpdateExpression: 'REMOVE brandNew',
      ReturnValues: 'ALL_OLD',
    }),
  returnNone: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET a = :v',
      ExpressionAttributeValues: { ':v': s('none') },
      ReturnValues: 'NONE',
    }),
  returnInvalid: () =>
    updateItem(backend, K, {
      UpdateExpression: 'SET a = :v',
      ExpressionAttributeValues: { ':v': s('x') },
      ReturnValues: 'EVERYTHING' as 'NONE',
    }),
  upsert: () =>
    updateItem(backend, key('upserted'), {
      UpdateExpression: 'SET a = :v',
      ExpressionAttributeValues: { ':v': s('x') },
      ReturnValues: 'ALL_NEW',
    }),
  final: () => getItem(backend, K),
});
