import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { ValidationError } from '../errors/validation-error.js';
import { checkStorableValue } from './check-storable-value.js';

const refusal = (value: unknown): string | undefined => {
  try {
    checkStorableValue(value, 'The item');
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).message;
  }
};

describe('checkStorableValue', () => {
  it('accepts what DynamoDB stores: numbers within ±2^53 − 1, bigints, NumberValues, non-empty sets', () => {
    const item = {
      n: Number.MAX_SAFE_INTEGER,
      big: 2n ** 80n,
      exact: NumberValue.from('0.123456789012345678901'),
      tags: new Set(['a']),
      nested: [{ m: { x: 1.5 } }],
      text: '',
    };
    expect(refusal(item)).toBeUndefined();
  });

  it.each([
    ['an empty set', { tags: new Set() }, 'tags'],
    ['an empty set in a list in a map', { a: { b: [1, new Set()] } }, 'a.b[1]'],
    ['an unsafe integer', { n: 2 ** 53 }, 'n'],
    ['an unsafe number in a set', { s: new Set([1, 1e20]) }, 's'],
    ['Infinity', { n: Infinity }, 'n'],
    ['NaN in a list', { l: [NaN] }, 'l[0]'],
    ['a __proto__ map key', { m: JSON.parse('{"__proto__": 1}') as unknown }, 'm.__proto__'],
  ])('refuses %s, naming its path', (_label, item, path) => {
    expect(refusal(item)).toContain(`at ${path}`);
  });

  it('refuses a bare value without a path', () => {
    expect(refusal(new Set())).toMatch(/^The item holds an empty set/);
  });
});
