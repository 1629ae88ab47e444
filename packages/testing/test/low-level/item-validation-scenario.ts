import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Scenario } from '../other-clients/same-on-both.js';
import { getItem, key, n, putItem, s, updateItem } from './low-level-steps.js';

/**
 * Items as a client may write them, right and wrong: number spellings (normalised wherever
 * a number appears), number limits, sets, empty values, malformed attribute values.
 */
export const itemValidationScenario: Scenario = (backend) => {
  const K = key('validation');
  const putValue = (value: AttributeValue) => () => putItem(backend, { ...K, value });
  const stored = () => getItem(backend, K);
  const numbers = [
    '1.50',
    '-0',
    '0.000',
    '1e3',
    '1E-3',
    '+5',
    '007',
    '.5',
    '5.',
    ' 1',
    '1 ',
    '0x10',
    'NaN',
    'Infinity',
    '',
    '-',
    '1e',
    '1.2.3',
    '12345678901234567890123456789012345678',
    '123456789012345678901234567890123456789',
    '1234567890123456789012345678901234567800000',
    '9.9999999999999999999999999999999999999E+125',
    '1E+126',
    '1E-130',
    '1E-131',
    '-1E-130',
    '0.00000000000000000000000000000000000000001',
  ];
  const numberSteps = Object.fromEntries(
    numbers.flatMap((number) => [
      [`number ${JSON.stringify(number)}`, putValue(n(number))],
      [`stored ${JSON.stringify(number)}`, stored],
    ]),
  );
  return {
    ...numberSteps,
    numberSet: putValue({ NS: ['1.0', '2', '03'] }),
    storedNumberSet: stored,
    numberSetDuplicateAfterNormalising: putValue({ NS: ['1', '1.0'] }),
    numberSetInvalidNumber: putValue({ NS: ['1', 'x'] }),
    numbersInLists: putValue({ L: [n('1.0'), { M: { deep: n('-0.0') } }, { NS: ['2.50'] }] }),
    storedNumbersInLists: stored,
    stringSetDuplicate: putValue({ SS: ['a', 'a'] }),
    emptyStringSet: putValue({ SS: [] }),
    emptyNumberSet: putValue({ NS: [] }),
    emptyBinarySet: putValue({ BS: [] }),
    stringSetWithEmptyString: putValue({ SS: ['', 'a'] }),
    binarySetDuplicate: putValue({ BS: [new Uint8Array([1]), new Uint8Array([1])] }),
    emptyString: putValue(s('')),
    emptyBinary: putValue({ B: new Uint8Array() }),
    emptyList: putValue({ L: [] }),
    emptyMap: putValue({ M: {} }),
    nullFalse: putValue({ NULL: false }),
    noType: putValue({} as AttributeValue),
    twoTypes: putValue({ S: 'a', N: '1' } as unknown as AttributeValue),
    emptyPartitionKey: () => putItem(backend, key('')),
    emptySortKey: () => putItem(backend, key('x', '')),
    numberPartitionKey: () => putItem(backend, { pk: n('1'), sk: s('x') }),
    missingSortKey: () => putItem(backend, { pk: s('x') }),
    emptyAttributeName: () => putItem(backend, { ...K, '': s('x') }),
    indexKeyWrongType: () => putItem(backend, { ...K, gsi1pk: n('1') }),
    indexKeyEmpty: () => putItem(backend, { ...K, gsi1pk: s('') }),
    numberInUpdateValue: () =>
      updateItem(backend, K, {
        UpdateExpression: 'SET a = :a, b = :b + :c',
        ExpressionAttributeValues: { ':a': n('1.000'), ':b': n('0.1'), ':c': n('0.20') },
        ReturnValues: 'UPDATED_NEW',
      }),
    invalidNumberInUpdateValue: () =>
      updateItem(backend, K, {
        UpdateExpression: 'SET a = :a',
        ExpressionAttributeValues: { ':a': n('one') },
      }),
    invalidNumberInCondition: () =>
      updateItem(backend, K, {
        UpdateExpression: 'SET a = :a',
        ConditionExpression: 'a = :bad',
        ExpressionAttributeValues: { ':a': n('1'), ':bad': n('1..') },
      }),
    emptySetInUpdateValue: () =>
      updateItem(backend, K, {
        UpdateExpression: 'SET a = :a',
        ExpressionAttributeValues: { ':a': { SS: [] } },
      }),
    arithmeticBeyondLimit: () =>
      updateItem(backend, K, {
        UpdateExpression: 'SET a = :a * :b',
        ExpressionAttributeValues: { ':a': n('1'), ':b': n('2') },
      }),
    arithmeticPrecision: () =>
      updateItem(backend, K, {
        UpdateExpression: 'SET a = :a + :b',
        ExpressionAttributeValues: { ':a': n('1e30'), ':b': n('1e-10') },
        ReturnValues: 'UPDATED_NEW',
      }),
    itemTooLarge: () => putItem(backend, { ...K, big: s('x'.repeat(400 * 1024)) }),
  };
};
