import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { checkPlaceholders, type ExpressionInputs, parseCondition, parseUpdate } from './index.js';

function check(text: string, inputs: ExpressionInputs): string | undefined {
  try {
    checkPlaceholders([parseUpdate(text), undefined], inputs);
    return undefined;
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

const one: Record<string, AttributeValue> = { ':v': { N: '1' } };

// Each row was observed against DynamoDB Local (UpdateItem / DeleteItem).
describe('placeholder rules, as observed on DynamoDB Local', () => {
  it.each<[string, string, ExpressionInputs, string | undefined]>([
    ['all used', 'SET a = :v', { values: one }, undefined],
    [
      'an empty binary set',
      'SET a = :v',
      { values: { ':v': { BS: [] } } },
      'ValidationException: ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: Binary sets should not be empty for key :v',
    ],
    [
      'duplicate numbers in a set',
      'SET a = :v',
      { values: { ':v': { NS: ['1', '1.0'] } } },
      'ValidationException: ExpressionAttributeValues contains invalid value: Input collection contains duplicates for key :v',
    ],
    [
      'an unused value',
      'SET a = :v',
      { values: { ...one, ':w': { N: '2' } } },
      'ValidationException: Value provided in ExpressionAttributeValues unused in expressions: keys: {:w}',
    ],
    [
      'an unused name',
      'SET a = :v',
      { names: { '#x': 'x' }, values: one },
      'ValidationException: Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}',
    ],
    [
      'an undefined value before unused ones',
      'SET a = :w',
      { values: one },
      'ValidationException: Invalid UpdateExpression: An expression attribute value used in expression is not defined; attribute value: :w',
    ],
    [
      'an empty values map',
      'REMOVE a',
      { values: {} },
      'ValidationException: ExpressionAttributeValues must not be empty',
    ],
    [
      'an empty names map',
      'REMOVE a',
      { names: {} },
      'ValidationException: ExpressionAttributeNames must not be empty',
    ],
    [
      'an empty attribute name',
      'REMOVE #a',
      { names: { '#a': '' } },
      'ValidationException: ExpressionAttributeNames contains invalid value: Empty attribute name for key #a',
    ],
    [
      'an empty set value',
      'SET a = :v',
      { values: { ':v': { SS: [] } } },
      'ValidationException: ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: An string set  may not be empty for key :v',
    ],
    [
      'a malformed number',
      'SET a = :v',
      { values: { ':v': { N: 'abc' } } },
      'ValidationException: ExpressionAttributeValues contains invalid value: A value provided cannot be converted into a number for key :v',
    ],
    [
      'a number too small',
      'SET a = :v',
      { values: { ':v': { N: '0.5e-130' } } },
      'ValidationException: ExpressionAttributeValues contains invalid value: Number underflow. Attempting to store a number with magnitude smaller than supported range for key :v',
    ],
  ])('%s', (_, text, inputs, expected) => {
    expect(check(text, inputs)).toBe(expected);
  });

  it('counts placeholders across all expressions of a request', () => {
    const inputs: ExpressionInputs = { names: { '#a': 'a' }, values: { ':v': { N: '1' } } };
    expect(() =>
      checkPlaceholders([parseUpdate('SET #a = #a'), parseCondition('#a < :v')], inputs),
    ).not.toThrow();
    expect(() => checkPlaceholders([parseUpdate('SET #a = #a')], inputs)).toThrow('keys: {:v}');
  });
});
