import 'reflect-metadata';
import { ValidationError } from '@dokklib/core';
import { checkMapKeys } from './check-map-keys.js';

class Inner {
  meta: Record<string, unknown> = {};
}

describe('checkMapKeys', () => {
  it('accepts maps, lists, sets, dates and nested instances with ordinary keys', () => {
    const inner = Object.assign(new Inner(), { meta: { a: 1, 'to String': 2 } });
    expect(() =>
      checkMapKeys({ a: [{ b: new Date(0) }], s: new Set([1]), inner }, 'Thing.meta'),
    ).not.toThrow();
  });

  it.each(['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'])(
    'refuses the map key %s at any depth, naming its path',
    (key) => {
      const inner = Object.assign(new Inner(), {
        meta: { list: [JSON.parse(`{"${key}": 1}`) as unknown] },
      });
      expect(() => checkMapKeys({ inner }, 'Thing.meta')).toThrow(ValidationError);
      expect(() => checkMapKeys({ inner }, 'Thing.meta')).toThrow(
        `Thing.meta.inner.meta.list[0].${key} is a map key`,
      );
    },
  );

  it('does not loop on cycles', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => checkMapKeys(cyclic, 'Thing.meta')).not.toThrow();
  });
});
