import { ValidationError } from '../errors/validation-error.js';
import { compileStampedUpdate, compileUpdate, updatedAttributeNames } from './compile-update.js';
import { ExpressionContext } from './expression-context.js';
import { ifNotExists, listAppend, listPrepend } from './update-action.js';
import type { UpdateChanges } from './update-changes.js';

/** Compiles changes in a fresh context and returns the expression and its maps. */
function compiled(changes: UpdateChanges) {
  const context = new ExpressionContext();
  const expression = compileUpdate(changes, context);
  const { ExpressionAttributeNames: names, ExpressionAttributeValues: values } =
    context.toAttributes();
  for (const name of Object.values(names ?? {})) expect(expression).not.toContain(name);
  for (const value of Object.values(values ?? {})) {
    if (typeof value === 'string') expect(expression).not.toContain(value);
  }
  return { expression, names, values };
}

describe('compileUpdate', () => {
  it('compiles set', () => {
    expect(compiled({ set: { title: 'Hello', count: 2 } })).toEqual({
      expression: 'SET #n0 = :v0, #n1 = :v1',
      names: { '#n0': 'title', '#n1': 'count' },
      values: { ':v0': 'Hello', ':v1': 2 },
    });
  });

  it('compiles remove of names and nested paths', () => {
    expect(compiled({ remove: ['draft', ['address', 'lines', 1]] })).toEqual({
      expression: 'REMOVE #n0, #n1.#n2[1]',
      names: { '#n0': 'draft', '#n1': 'address', '#n2': 'lines' },
      values: undefined,
    });
  });

  it('compiles add of a number and of set elements', () => {
    const tags = new Set(['red']);
    expect(compiled({ add: { visits: 1, tags } })).toEqual({
      expression: 'ADD #n0 :v0, #n1 :v1',
      names: { '#n0': 'visits', '#n1': 'tags' },
      values: { ':v0': 1, ':v1': tags },
    });
  });

  it('compiles delete of set elements', () => {
    const tags = new Set([1, 2]);
    expect(compiled({ delete: { tags } })).toEqual({
      expression: 'DELETE #n0 :v0',
      names: { '#n0': 'tags' },
      values: { ':v0': tags },
    });
  });

  it('writes the clauses in the order SET, REMOVE, ADD, DELETE', () => {
    const removed = new Set(['old']);
    expect(
      compiled({
        delete: { tags: removed },
        add: { visits: 1 },
        remove: ['draft'],
        set: { title: 'Title' },
      }),
    ).toEqual({
      expression: 'SET #n0 = :v0 REMOVE #n1 ADD #n2 :v1 DELETE #n3 :v2',
      names: { '#n0': 'title', '#n1': 'draft', '#n2': 'visits', '#n3': 'tags' },
      values: { ':v0': 'Title', ':v1': 1, ':v2': removed },
    });
  });

  it('removes an attribute set to undefined', () => {
    expect(compiled({ set: { gone: undefined, kept: 1 } })).toEqual({
      expression: 'SET #n0 = :v0 REMOVE #n1',
      names: { '#n0': 'kept', '#n1': 'gone' },
      values: { ':v0': 1 },
    });
    expect(compiled({ set: { gone: undefined } }).expression).toBe('REMOVE #n0');
  });

  it('sets null as a value, not as a removal', () => {
    expect(compiled({ set: { cleared: null } })).toEqual({
      expression: 'SET #n0 = :v0',
      names: { '#n0': 'cleared' },
      values: { ':v0': null },
    });
  });

  it('compiles ifNotExists', () => {
    expect(compiled({ set: { createdBy: ifNotExists('alice') } })).toEqual({
      expression: 'SET #n0 = if_not_exists(#n0, :v0)',
      names: { '#n0': 'createdBy' },
      values: { ':v0': 'alice' },
    });
  });

  it('compiles listAppend, creating the list if missing', () => {
    expect(compiled({ set: { log: listAppend(['a', 'b']) } })).toEqual({
      expression: 'SET #n0 = list_append(if_not_exists(#n0, :v0), :v1)',
      names: { '#n0': 'log' },
      values: { ':v0': [], ':v1': ['a', 'b'] },
    });
  });

  it('compiles listPrepend, creating the list if missing', () => {
    expect(compiled({ set: { log: listPrepend(['z']) } })).toEqual({
      expression: 'SET #n0 = list_append(:v0, if_not_exists(#n0, :v1))',
      names: { '#n0': 'log' },
      values: { ':v0': ['z'], ':v1': [] },
    });
  });

  it('takes names with dots, spaces, unicode and reserved words literally', () => {
    expect(
      compiled({
        set: { 'a.b': 1, 'with space': 2, ünï: 3, name: 4 },
        remove: ['status'],
        add: { size: 1 },
      }),
    ).toEqual({
      expression: 'SET #n0 = :v0, #n1 = :v1, #n2 = :v2, #n3 = :v3 REMOVE #n4 ADD #n5 :v4',
      names: {
        '#n0': 'a.b',
        '#n1': 'with space',
        '#n2': 'ünï',
        '#n3': 'name',
        '#n4': 'status',
        '#n5': 'size',
      },
      values: { ':v0': 1, ':v1': 2, ':v2': 3, ':v3': 4, ':v4': 1 },
    });
  });

  it('reuses the placeholder of a name repeated across paths', () => {
    expect(
      compiled({
        remove: [
          ['address', 'city'],
          ['address', 'zip'],
        ],
      }),
    ).toEqual({
      expression: 'REMOVE #n0.#n1, #n0.#n2',
      names: { '#n0': 'address', '#n1': 'city', '#n2': 'zip' },
      values: undefined,
    });
  });

  it('never puts a value into the expression', () => {
    const { expression, values } = compiled({ set: { note: 'x = :v1, #n0 = y' } });
    expect(expression).toBe('SET #n0 = :v0');
    expect(values).toEqual({ ':v0': 'x = :v1, #n0 = y' });
  });

  it.each<[string, UpdateChanges]>([
    ['set and remove', { set: { a: 1 }, remove: ['a'] }],
    ['set to undefined and remove', { set: { a: undefined }, remove: ['a'] }],
    ['set and add', { set: { a: 1 }, add: { a: 1 } }],
    ['add and delete', { add: { a: new Set(['x']) }, delete: { a: new Set(['y']) } }],
    ['remove twice', { remove: ['a', ['a']] }],
    ['a path and a path inside it', { set: { address: {} }, remove: [['address', 'city']] }],
    ['a list and one of its elements', { remove: ['log', ['log', 0]] }],
    [
      'one attribute among many set and removed',
      {
        set: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`a${i}`, i])),
        remove: ['a7'],
      },
    ],
  ])('rejects changing the same attribute twice: %s', (_label, changes) => {
    expect(() => compiled(changes)).toThrow(ValidationError);
  });

  it('allows sibling paths and distinct list elements', () => {
    expect(
      compiled({
        remove: [
          ['log', 0],
          ['log', 1],
          ['a', 'b'],
          ['a', 'bc'],
        ],
      }).expression,
    ).toBe('REMOVE #n0[0], #n0[1], #n1.#n2, #n1.#n3');
  });

  it('tells a dotted name apart from a nested path', () => {
    expect(compiled({ set: { 'a.b': 1 }, remove: [['a', 'b']] }).expression).toBe(
      'SET #n0 = :v0 REMOVE #n1.#n2',
    );
  });

  it.each<[string, UpdateChanges]>([
    ['add', { add: { tags: new Set<string>() } }],
    ['delete', { delete: { tags: new Set<string>() } }],
    ['set', { set: { tags: new Set<string>() } }],
  ])('rejects an empty set in %s: DynamoDB has no empty sets', (_label, changes) => {
    expect(() => compiled(changes)).toThrow(ValidationError);
  });

  it.each<[string, UpdateChanges]>([
    ['no changes', {}],
    ['empty clauses', { set: {}, remove: [], add: {}, delete: {} }],
  ])('rejects an update with nothing to change: %s', (_label, changes) => {
    expect(() => compiled(changes)).toThrow(ValidationError);
  });

  it('rejects a bad path in remove', () => {
    expect(() => compiled({ remove: [''] })).toThrow(ValidationError);
    expect(() => compiled({ remove: [['a', -1]] })).toThrow(ValidationError);
  });
});

describe('compileStampedUpdate', () => {
  it('sets the stamp last among the SET actions, after a removal written as undefined', () => {
    const context = new ExpressionContext();
    const changes: UpdateChanges = { set: { a: 1, gone: undefined }, add: { n: 1 } };
    const expression = compileStampedUpdate(changes, { name: 'At', value: 'now' }, context);
    expect(expression).toBe('SET #n0 = :v0, #n1 = :v1 REMOVE #n2 ADD #n3 :v2');
    expect(context.toAttributes()).toEqual({
      ExpressionAttributeNames: { '#n0': 'a', '#n1': 'At', '#n2': 'gone', '#n3': 'n' },
      ExpressionAttributeValues: { ':v0': 1, ':v1': 'now', ':v2': 1 },
    });
    expect(changes).toEqual({ set: { a: 1, gone: undefined }, add: { n: 1 } });
  });

  it('writes a SET clause for the stamp alone when the changes set nothing', () => {
    const context = new ExpressionContext();
    expect(compileStampedUpdate({ remove: ['x'] }, { name: 'At', value: 1 }, context)).toBe(
      'SET #n0 = :v0 REMOVE #n1',
    );
  });
});

describe('updatedAttributeNames', () => {
  it('lists the top-level attributes each clause touches', () => {
    expect(
      updatedAttributeNames({
        set: { a: 1, b: undefined },
        remove: ['c', ['d', 'e']],
        add: { f: 1 },
        delete: { g: new Set(['x']) },
      }),
    ).toEqual(['a', 'b', 'c', 'd', 'f', 'g']);
  });

  it("lists a record's own names only", () => {
    const set = Object.create({ inherited: 1 }) as Record<string, number>;
    set.own = 2;
    expect(updatedAttributeNames({ set, add: set })).toEqual(['own', 'own']);
  });
});
