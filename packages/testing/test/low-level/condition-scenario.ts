import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Scenario } from '../other-clients/same-on-both.js';
import { key, n, putItem, s, updateItem } from './low-level-steps.js';

const K = key('conditions');

/** The item every condition is checked against: one attribute of each type. */
const ITEM: Record<string, AttributeValue> = {
  ...K,
  str: s('hello world'),
  num: n('42'),
  bin: { B: new Uint8Array([1, 2, 3]) },
  yes: { BOOL: true },
  nothing: { NULL: true },
  strs: { SS: ['a', 'b'] },
  nums: { NS: ['1', '2', '3'] },
  bins: { BS: [new Uint8Array([1])] },
  list: { L: [s('a'), n('1'), { L: [s('nested')] }] },
  map: { M: { inner: { M: { deep: n('7') } }, s: s('x') } },
};

/**
 * Every condition function and comparison, as a low-level client writes them: each check is
 * an update setting `checked` under the condition (its result is the update or
 * ConditionalCheckFailedException), plus the conditions DynamoDB refuses.
 */
export const conditionScenario: Scenario = (backend) => {
  const check =
    (
      ConditionExpression: string,
      values: Record<string, AttributeValue> = {},
      names?: Record<string, string>,
    ) =>
    () =>
      updateItem(backend, K, {
        UpdateExpression: 'SET checked = :checked',
        ConditionExpression,
        ExpressionAttributeValues: { ':checked': { BOOL: true }, ...values },
        ...(names === undefined ? {} : { ExpressionAttributeNames: names }),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      });
  const types = ['S', 'SS', 'N', 'NS', 'B', 'BS', 'BOOL', 'NULL', 'L', 'M'];
  const typeSteps = Object.fromEntries(
    ['str', 'num', 'bin', 'yes', 'nothing', 'strs', 'nums', 'bins', 'list', 'map'].flatMap(
      (attribute, i) => [
        [`type of ${attribute}`, check(`attribute_type(${attribute}, :t)`, { ':t': s(types[i]) })],
        [`not type of ${attribute}`, check(`attribute_type(${attribute}, :t)`, { ':t': s('S') })],
      ],
    ),
  );
  return {
    seed: () => putItem(backend, ITEM),
    exists: check('attribute_exists(map.inner.deep) AND attribute_exists(list[2][0])'),
    existsMissing: check('attribute_exists(map.inner.nope)'),
    notExists: check(
      'attribute_not_exists(list[9]) AND attribute_not_exists(#n)',
      {},
      {
        '#n': 'no such',
      },
    ),
    notExistsFails: check('attribute_not_exists(pk)'),
    ...typeSteps,
    typeInvalid: check('attribute_type(str, :t)', { ':t': s('STRING') }),
    typeNotString: check('attribute_type(str, :t)', { ':t': n('1') }),
    beginsWith: check('begins_with(str, :p)', { ':p': s('hello') }),
    beginsWithBinary: check('begins_with(bin, :p)', { ':p': { B: new Uint8Array([1, 2]) } }),
    beginsWithNumber: check('begins_with(num, :p)', { ':p': s('4') }),
    beginsWithNumberOperand: check('begins_with(str, :p)', { ':p': n('4') }),
    containsString: check('contains(str, :p)', { ':p': s('o w') }),
    containsSet: check('contains(strs, :p) AND contains(nums, :one)', {
      ':p': s('b'),
      ':one': n('1.0'),
    }),
    containsList: check('contains(list, :p)', { ':p': n('1') }),
    containsListNotNested: check('contains(list, :p)', { ':p': s('nested') }),
    containsWrongSetType: check('contains(strs, :p)', { ':p': n('1') }),
    sizes: check(
      'size(str) = :eleven AND size(bin) = :three AND size(nums) = :three AND size(list) = :three AND size(map) = :two',
      { ':eleven': n('11'), ':three': n('3'), ':two': n('2') },
    ),
    sizeOfNumber: check('size(num) > :zero', { ':zero': n('0') }),
    sizeOfMissing: check('size(nope) > :zero', { ':zero': n('0') }),
    sizeNotCompared: check('size(str)'),
    between: check('num BETWEEN :a AND :b', { ':a': n('40'), ':b': n('4.2e1') }),
    betweenStrings: check('str BETWEEN :a AND :b', { ':a': s('a'), ':b': s('i') }),
    betweenReversed: check('num BETWEEN :a AND :b', { ':a': n('50'), ':b': n('40') }),
    betweenMixedTypes: check('num BETWEEN :a AND :b', { ':a': n('1'), ':b': s('z') }),
    inList: check('num IN (:a, :b, :c)', { ':a': n('1'), ':b': n('042.0'), ':c': s('42') }),
    inListFails: check('str IN (:a)', { ':a': s('hello') }),
    compareTypes: check('num < :s', { ':s': s('zzz') }),
    compareNotEqualTypes: check('num <> :s', { ':s': s('42') }),
    compareBinary: check('bin > :b', { ':b': { B: new Uint8Array([1, 2]) } }),
    compareMap: check('map = :m', {
      ':m': { M: { s: s('x'), inner: { M: { deep: n('7.0') } } } },
    }),
    compareSetOrder: check('strs = :set', { ':set': { SS: ['b', 'a'] } }),
    compareSetLess: check('strs < :set', { ':set': { SS: ['c'] } }),
    compareBool: check('yes = :t AND nothing = :null', {
      ':t': { BOOL: true },
      ':null': { NULL: true },
    }),
    pathToPath: check('num = map.inner.deep'),
    precedence: check('attribute_exists(nope) AND attribute_exists(nope) OR attribute_exists(str)'),
    notParens: check('NOT (attribute_exists(nope) OR attribute_exists(nope2))'),
    notBinding: check('NOT attribute_exists(str) OR attribute_exists(num)'),
    functionNames: check('ATTRIBUTE_EXISTS(str)'),
    unknownFunction: check('exists(str)'),
    functionAsOperand: check('attribute_exists(str) = :t', { ':t': { BOOL: true } }),
    valueOnly: check(':t', { ':t': { BOOL: true } }),
    emptyCondition: check(''),
    unusedValue: check('attribute_exists(str)', { ':unused': s('x') }),
    unusedName: check('attribute_exists(str)', {}, { '#unused': 'x' }),
    missingName: check('attribute_exists(#nope)'),
    sameAttributeTwice: check('num > :a AND num < :b', { ':a': n('1'), ':b': n('100') }),
    keyCondition: check('pk = :pk AND begins_with(sk, :i)', {
      ':pk': s('conditions'),
      ':i': s('it'),
    }),
    onMissingItem: () =>
      updateItem(backend, key('missing'), {
        UpdateExpression: 'SET a = :a',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':a': n('1') },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
  };
};
