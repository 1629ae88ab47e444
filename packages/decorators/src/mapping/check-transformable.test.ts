import 'reflect-metadata';
import { UnsupportedValueError, ValidationError } from '@dokklib/core';
import { Type } from 'class-transformer';
import { checkTransformable } from './check-transformable.js';

class Inner {
  meta: Record<string, unknown> = {};
}

class Tagged {
  @Type(() => String) tags: Set<string> = new Set();
  untyped: unknown = new Set();
}

describe('checkTransformable', () => {
  it('accepts maps, lists, sets, dates and nested instances with ordinary keys', () => {
    const inner = Object.assign(new Inner(), { meta: { a: 1, 'to String': 2 } });
    expect(() =>
      checkTransformable({ a: [{ b: new Date(0) }], s: new Set([1]), inner }, 'Thing.meta'),
    ).not.toThrow();
  });

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
    'refuses the map key %s at any depth, naming its path',
    (key) => {
      const inner = Object.assign(new Inner(), {
        meta: { list: [JSON.parse(`{"${key}": 1}`) as unknown] },
      });
      expect(() => checkTransformable({ inner }, 'Thing.meta')).toThrow(ValidationError);
      expect(() => checkTransformable({ inner }, 'Thing.meta')).toThrow(
        `Thing.meta.inner.meta.list[0].${key} is a map key`,
      );
    },
  );

  it('does not loop on cycles', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => checkTransformable(cyclic, 'Thing.meta')).not.toThrow();
  });

  it.each([
    ['an empty Set', { s: new Set() }, 'Thing.meta.s'],
    ['a Set of strings and numbers', { list: [new Set<unknown>(['a', 1])] }, 'Thing.meta.list[0]'],
    ['a Set of booleans', new Map([['m', new Set([true])]]), 'Thing.meta.m'],
    ['a Set of Dates', { s: new Set([new Date(0)]) }, 'Thing.meta.s'],
    [
      'a Set in a property of a nested class not declared Set',
      { t: new Tagged() },
      'Thing.meta.t.untyped',
    ],
  ])('refuses %s below the property, where nothing makes it a Set again', (_, value, path) => {
    expect(() => checkTransformable(value, 'Thing.meta')).toThrow(UnsupportedValueError);
    expect(() => checkTransformable(value, 'Thing.meta')).toThrow(`${path} is a Set`);
  });

  it('accepts Sets DynamoDB holds as sets, any Set as the property itself, and declared Set properties', () => {
    const tagged = Object.assign(new Tagged(), { untyped: new Set(['x']) });
    const value = {
      s: new Set(['a']),
      n: new Set([1, 2n]),
      b: new Set([new Uint8Array([1])]),
      tagged,
    };
    expect(() => checkTransformable(value, 'Thing.meta')).not.toThrow();
    expect(() => checkTransformable(new Set(), 'Thing.tags')).not.toThrow();
  });

  it('refuses a hole in a list, naming its index', () => {
    // eslint-disable-next-line no-sparse-arrays
    const value = { list: ['a', , 'c'] };
    expect(() => checkTransformable(value, 'Thing.meta')).toThrow(ValidationError);
    expect(() => checkTransformable(value, 'Thing.meta')).toThrow('Thing.meta.list[1] is a hole');
  });

  it('refuses a function at any depth, class-transformer would store what it returns', () => {
    expect(() => checkTransformable({ f: () => 1 }, 'Thing.meta')).toThrow(UnsupportedValueError);
    expect(() => checkTransformable(() => 1, 'Thing.meta')).toThrow('Thing.meta is a function');
  });

  it('refuses an Object.prototype member name as a key of a Map', () => {
    expect(() => checkTransformable(new Map([['toString', 1]]), 'Thing.meta')).toThrow(
      'Thing.meta.toString is a map key',
    );
  });
});
