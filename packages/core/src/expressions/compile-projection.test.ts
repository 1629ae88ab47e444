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
    expect(compileProjection(['address', ['address', 'lines', 0], ['tags', 2]], context)).toBe(
      '#n0, #n0.#n1[0], #n2[2]',
    );
    expect(context.toAttributes()).toEqual({
      ExpressionAttributeNames: { '#n0': 'address', '#n1': 'lines', '#n2': 'tags' },
    });
  });

  it('rejects an empty projection', () => {
    expect(() => compileProjection([], new ExpressionContext())).toThrow(ValidationError);
  });

  it('rejects an empty attribute name', () => {
    expect(() => compileProjection(['a', ''], new ExpressionContext())).toThrow(ValidationError);
  });
});
