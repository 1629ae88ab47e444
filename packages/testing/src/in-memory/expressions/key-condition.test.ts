import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { type ExpressionInputs, parseKeyCondition } from './index.js';

const S = (s: string): AttributeValue => ({ S: s });
const N = (n: string): AttributeValue => ({ N: n });
const schema = { partitionKey: 'pk', sortKey: 'sk' };

function keyCondition(
  text: string,
  values: Record<string, AttributeValue>,
  names?: Record<string, string>,
): unknown {
  const inputs: ExpressionInputs = { names, values };
  try {
    const { partition, sort } = parseKeyCondition(text, inputs, schema);
    return { partition, sort };
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

const invalid = (message: string): unknown => ({ error: 'ValidationException', message });
const p = { ':p': S('q1') };

// Each row was observed against DynamoDB Local (Query on a table keyed pk (S) / sk (S)).
describe('key conditions, as observed on DynamoDB Local', () => {
  it.each<[string, string, Record<string, AttributeValue>, unknown]>([
    [
      'partition only',
      'pk = :p',
      p,
      { partition: { name: 'pk', value: S('q1') }, sort: undefined },
    ],
    ['value first', ':p = pk', p, { partition: { name: 'pk', value: S('q1') }, sort: undefined }],
    [
      'begins_with',
      'pk = :p AND begins_with(sk, :s)',
      { ...p, ':s': S('a') },
      {
        partition: { name: 'pk', value: S('q1') },
        sort: { name: 'sk', operator: 'begins_with', values: [S('a')] },
      },
    ],
    [
      'sort key first',
      'begins_with(sk, :s) AND pk = :p',
      { ...p, ':s': S('a') },
      {
        partition: { name: 'pk', value: S('q1') },
        sort: { name: 'sk', operator: 'begins_with', values: [S('a')] },
      },
    ],
    [
      'BETWEEN',
      'pk = :p AND sk BETWEEN :a AND :b',
      { ...p, ':a': S('ab'), ':b': S('b') },
      {
        partition: { name: 'pk', value: S('q1') },
        sort: { name: 'sk', operator: 'BETWEEN', values: [S('ab'), S('b')] },
      },
    ],
    [
      'a value on the left flips the operator',
      'pk = :p AND :a < sk',
      { ...p, ':a': S('ab') },
      {
        partition: { name: 'pk', value: S('q1') },
        sort: { name: 'sk', operator: '>', values: [S('ab')] },
      },
    ],
    [
      'parentheses',
      '(pk = :p) AND (sk = :a)',
      { ...p, ':a': S('ab') },
      {
        partition: { name: 'pk', value: S('q1') },
        sort: { name: 'sk', operator: '=', values: [S('ab')] },
      },
    ],
    [
      'reversed BETWEEN bounds',
      'pk = :p AND sk BETWEEN :b AND :a',
      { ...p, ':a': S('ab'), ':b': S('b') },
      invalid(
        'Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper bound operand: AttributeValue: {S:ab}',
      ),
    ],
    [
      'OR',
      'pk = :p OR sk = :a',
      { ...p, ':a': S('ab') },
      invalid('Invalid operator used in KeyConditionExpression: OR'),
    ],
    [
      '<>',
      'pk = :p AND sk <> :a',
      { ...p, ':a': S('ab') },
      invalid('Invalid operator used in KeyConditionExpression: <>'),
    ],
    ['NOT', 'NOT pk = :p', p, invalid('Invalid operator used in KeyConditionExpression: NOT')],
    ['IN', 'pk IN (:p)', p, invalid('Invalid operator used in KeyConditionExpression: IN')],
    [
      'contains',
      'pk = :p AND contains(sk, :a)',
      { ...p, ':a': S('a') },
      invalid('Invalid operator used in KeyConditionExpression: contains'),
    ],
    ['< on the partition key', 'pk < :p', p, invalid('Query key condition not supported')],
    [
      'no partition key',
      'sk = :a',
      { ':a': S('ab') },
      invalid('Query condition missed key schema element'),
    ],
    [
      'a non-key attribute',
      'pk = :p AND x = :a',
      { ...p, ':a': N('1') },
      invalid('Query condition missed key schema element'),
    ],
    [
      'three conditions',
      'pk = :p AND sk = :a AND sk = :a',
      { ...p, ':a': S('ab') },
      invalid('KeyConditionExpressions must only contain one condition per key'),
    ],
    [
      'the partition key twice',
      'pk = :p AND pk = :p',
      p,
      invalid('KeyConditionExpressions must only contain one condition per key'),
    ],
    [
      'begins_with a number',
      'pk = :p AND begins_with(sk, :a)',
      { ...p, ':a': N('1') },
      invalid(
        'Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N',
      ),
    ],
    [
      'two paths',
      'pk = sk',
      p,
      invalid(
        'Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition',
      ),
    ],
    [
      'a nested path',
      'pk.x = :p',
      p,
      invalid(
        "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: pk",
      ),
    ],
    [
      'size()',
      'pk = :p AND size(sk) = :a',
      { ...p, ':a': N('1') },
      invalid('KeyConditionExpressions cannot contain nested operations'),
    ],
  ])('%s', (_, text, values, expected) => {
    expect(keyCondition(text, values)).toEqual(expected);
  });

  it('resolves name placeholders and reports the placeholders used', () => {
    const condition = parseKeyCondition(
      '#p = :p AND #s >= :s',
      { names: { '#p': 'pk', '#s': 'sk' }, values: { ...p, ':s': S('a') } },
      schema,
    );
    expect(condition.partition.name).toBe('pk');
    expect(condition.sort).toEqual({ name: 'sk', operator: '>=', values: [S('a')] });
    expect([...condition.placeholders.names]).toEqual(['#p', '#s']);
  });

  it('takes the first = as the partition key when no schema is given', () => {
    const condition = parseKeyCondition('a = :p AND b = :s', { values: { ...p, ':s': S('x') } });
    expect([condition.partition.name, condition.sort?.name]).toEqual(['a', 'b']);
  });
});
