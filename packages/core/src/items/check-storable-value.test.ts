import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { UnsupportedValueError } from '../errors/unsupported-value-error.js';
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

/** `[1, <hole>, 3]`, built without a sparse literal. */
function withHole(): unknown[] {
  const list: unknown[] = [1];
  list[2] = 3;
  return list;
}

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

  it.each([
    [
      'undefined in a list (the SDK would drop it, shifting later elements)',
      { tags: ['a', undefined, 'c'] },
      'tags[1]',
    ],
    ['a hole in a list', { l: withHole() }, 'l[1]'],
    ['a string with a lone surrogate', { m: { s: 'a\ud800' } }, 'm.s'],
    ['a map key with a lone surrogate', { m: { '\udfff': 1 } }, 'm.\udfff'],
    ['an empty attribute name', { '': 1 }, ''],
    ['an empty map key', { m: { '': 1 } }, 'm.'],
    ['a number below 1e-130', { n: 1e-131 }, 'n'],
    ['a NumberValue of 39 significant digits', { n: NumberValue.from('1'.repeat(39)) }, 'n'],
    ['a NumberValue from 1e126', { n: NumberValue.from('1e126') }, 'n'],
    ['a bigint of 1e126', { n: 10n ** 126n }, 'n'],
    ['NaN in a JavaScript Map', { m: new Map([['x', NaN]]) }, 'm.x'],
    ['an unsafe integer in a JavaScript Map', { m: new Map([['x', 2 ** 60]]) }, 'm.x'],
    ['a number set holding 1 and 1n', { s: new Set<unknown>([1, 1n]) }, 's'],
    [
      'a number set holding NumberValues 1 and 1.0',
      { s: new Set([NumberValue.from('1'), NumberValue.from('1.0')]) },
      's',
    ],
    [
      'a binary set holding the same bytes twice',
      { s: new Set([Buffer.from('a'), Buffer.from('a')]) },
      's',
    ],
    ['a set of a number then a bigint beyond 2^53', { s: new Set<unknown>([0, 2n ** 60n]) }, 's'],
    ['a map key "constructor"', { m: { constructor: 'x' } }, 'm.constructor'],
    ['a lone surrogate in a string set', { s: new Set(['\ud800']) }, 's'],
  ])('refuses %s with a ValidationError naming its path', (_label, item, path) => {
    const message = refusal(item);
    expect(message).toContain(path === '' ? 'empty attribute name' : `at ${path}.`);
  });

  it.each([
    ['a Date', { at: new Date(0) }, 'at', 'toISOString'],
    ['a class instance', { m: { u: new (class User {})() } }, 'm.u', 'plain object'],
    ['a Symbol', { s: Symbol('s') }, 's', 'pass a string'],
    ['a function', { l: [() => 1] }, 'l[0]', 'function'],
    ['a Set of booleans', { s: new Set([true]) }, 's', 'pass a list'],
    ['a Set mixing numbers and strings', { s: new Set([1, 'a']) }, 's', 'one type'],
    ['a Map with a number key', { m: new Map([[1, 'a']]) }, 'm', 'string keys'],
  ])(
    'refuses %s with an UnsupportedValueError saying what to pass',
    (_label, item, path, advice) => {
      let error: unknown;
      try {
        checkStorableValue(item, 'The item');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(UnsupportedValueError);
      expect((error as UnsupportedValueError).code).toBe('validation.unsupportedValue');
      expect((error as Error).message).toContain(`at ${path}.`);
      expect((error as Error).message).toContain(advice);
    },
  );

  it('accepts undefined in a map (the entry is absent), Maps with string keys, binaries, 0, -0 and 1e-130', () => {
    const item = {
      m: { gone: undefined, kept: 1 },
      map: new Map([['a', { b: [1] }]]),
      bytes: Buffer.from('ab'),
      view: new Uint16Array(2),
      zero: 0,
      negativeZero: -0,
      tiny: 1e-130,
      big: NumberValue.from('9.9999999999999999999999999999999999999e125'),
      emoji: '\ud83d\ude00',
      sets: [new Set([1, 2n, NumberValue.from('3')]), new Set([Buffer.from('a')])],
    };
    expect(refusal(item)).toBeUndefined();
  });

  it('refuses lists and maps nested more than 31 levels deep in an attribute (DynamoDB refuses 32)', () => {
    const nested = (levels: number): unknown => {
      let value: unknown = 1;
      for (let level = 0; level < levels; level += 1)
        value = level % 2 === 0 ? { d: value } : [value];
      return value;
    };
    expect(refusal({ a: nested(31) })).toBeUndefined();
    expect(refusal({ a: nested(32) })).toMatch(/nested more than 31 levels/);
    expect(refusal({ a: nested(31), s: new Set([1]) })).toBeUndefined();
  });

  it('refuses a bare value without a path', () => {
    expect(refusal(new Set())).toMatch(/^The item holds an empty set/);
  });
});
