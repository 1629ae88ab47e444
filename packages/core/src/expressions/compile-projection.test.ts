import { ValidationError } from '../errors/validation-error.js';
import { compileProjection } from './compile-projection.js';
import { ExpressionContext } from './expression-context.js';

describe('compileProjection', () => {
  it('lists the attributes as name placeholders', () => {
    const context = new ExpressionContext();
    expect(compileProjection(['name', 'status', 'a.b', 'with space', 'ünï'], context)).toBe(
      '#n0, #n1, #n2, #n3, #n4',
    );
    expect(context.toAttributes()).toEqual({
      ExpressionAttributeNames: {
        '#n0': 'name',
        '#n1': 'status',
        '#n2': 'a.b',
        '#n3': 'with space',
        '#n4': 'ünï',
      },
    });
  });

  it('projects nested paths and list elements, reusing placeholders of repeated names', () => {
    const context = new ExpressionContext();
    // (It listed 'address' beside ['address', 'lines', 0]: overlapping paths DynamoDB refuses.)
    expect(
      compileProjection(
        [
          ['address', 'city'],
          ['address', 'lines', 0],
          ['tags', 2],
        ],
        context,
      ),
    ).toBe('#n0.#n1, #n0.#n2[0], #n3[2]');
    expect(context.toAttributes()).toEqual({
      ExpressionAttributeNames: { '#n0': 'address', '#n1': 'city', '#n2': 'lines', '#n3': 'tags' },
    });
  });

  it('rejects an empty projection', () => {
    expect(() => compileProjection([], new ExpressionContext())).toThrow(ValidationError);
  });

  it.each([
    ['the same attribute twice', ['a', 'b', 'a']],
    [
      'the same path twice',
      [
        ['m', 'x'],
        ['m', 'x'],
      ],
    ],
    ['a map and a path inside it', ['m', ['m', 'x']]],
    ['a list element and the list', [['l', 0], 'l']],
  ])('rejects %s, which DynamoDB refuses as overlapping', (_label, paths) => {
    expect(() => compileProjection(paths, new ExpressionContext())).toThrow(/overlap/);
  });

  it('accepts distinct elements of one list and distinct paths in one map', () => {
    expect(() =>
      compileProjection(
        [
          ['l', 0],
          ['l', 1],
          ['m', 'a'],
          ['m', 'b'],
        ],
        new ExpressionContext(),
      ),
    ).not.toThrow();
  });

  it('rejects an empty attribute name', () => {
    expect(() => compileProjection(['a', ''], new ExpressionContext())).toThrow(ValidationError);
  });
});
