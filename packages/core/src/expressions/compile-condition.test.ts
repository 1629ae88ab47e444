import { ValidationError } from '../errors/validation-error.js';
import { compileCondition } from './compile-condition.js';
import { and, attr, type Condition, not, or } from './condition.js';
import { ExpressionContext } from './expression-context.js';

/** Compiles a condition in a fresh context and returns the expression and its maps. */
function compiled(condition: Condition) {
  const context = new ExpressionContext();
  const expression = compileCondition(condition, context);
  const { ExpressionAttributeNames: names, ExpressionAttributeValues: values } =
    context.toAttributes();
  expectNoUserText(expression, names, values);
  return { expression, names, values };
}

/** No attribute name or string value may appear in the expression itself. */
function expectNoUserText(
  expression: string,
  names: Record<string, string> | undefined,
  values: Record<string, unknown> | undefined,
): void {
  for (const name of Object.values(names ?? {})) expect(expression).not.toContain(name);
  for (const value of Object.values(values ?? {})) {
    if (typeof value === 'string' && value.length > 0) expect(expression).not.toContain(value);
  }
}

describe('compileCondition', () => {
  it.each([
    ['eq', '='],
    ['ne', '<>'],
    ['lt', '<'],
    ['le', '<='],
    ['gt', '>'],
    ['ge', '>='],
  ] as const)('compiles %s as %s with a name and a value placeholder', (method, operator) => {
    expect(compiled(attr('status')[method]('active'))).toEqual({
      expression: `#n0 ${operator} :v0`,
      names: { '#n0': 'status' },
      values: { ':v0': 'active' },
    });
  });

  it('compares two attributes without any value', () => {
    expect(compiled(attr('updatedBy').ne(attr('createdBy')))).toEqual({
      expression: '#n0 <> #n1',
      names: { '#n0': 'updatedBy', '#n1': 'createdBy' },
      values: undefined,
    });
  });

  it('compiles between with both bounds as placeholders', () => {
    expect(compiled(attr('price').between(10, 20))).toEqual({
      expression: '#n0 BETWEEN :v0 AND :v1',
      names: { '#n0': 'price' },
      values: { ':v0': 10, ':v1': 20 },
    });
  });

  it('compiles between with attribute bounds', () => {
    expect(compiled(attr('price').between(attr('minPrice'), 99)).expression).toBe(
      '#n0 BETWEEN #n1 AND :v0',
    );
  });

  it('compiles in with one value', () => {
    expect(compiled(attr('role').in(['admin']))).toEqual({
      expression: '#n0 IN (:v0)',
      names: { '#n0': 'role' },
      values: { ':v0': 'admin' },
    });
  });

  it('compiles in with 100 values', () => {
    const values = Array.from({ length: 100 }, (_, i) => `value-${i}`);
    const result = compiled(attr('role').in(values));
    const placeholders = values.map((_, i) => `:v${i}`);
    expect(result.expression).toBe(`#n0 IN (${placeholders.join(', ')})`);
    expect(Object.values(result.values ?? {})).toEqual(values);
  });

  it.each([0, 101])('rejects in with %d values', (count) => {
    const values = Array.from({ length: count }, (_, i) => i);
    expect(() => compiled(attr('role').in(values))).toThrow(ValidationError);
  });

  it('compiles exists and notExists', () => {
    expect(compiled(attr('deletedAt').exists())).toEqual({
      expression: 'attribute_exists(#n0)',
      names: { '#n0': 'deletedAt' },
      values: undefined,
    });
    expect(compiled(attr('deletedAt').notExists()).expression).toBe('attribute_not_exists(#n0)');
  });

  it('compiles type with the type name as a value', () => {
    expect(compiled(attr('tags').type('SS'))).toEqual({
      expression: 'attribute_type(#n0, :v0)',
      names: { '#n0': 'tags' },
      values: { ':v0': 'SS' },
    });
  });

  it('compiles beginsWith on a value and on another attribute', () => {
    expect(compiled(attr('path').beginsWith('/home/'))).toEqual({
      expression: 'begins_with(#n0, :v0)',
      names: { '#n0': 'path' },
      values: { ':v0': '/home/' },
    });
    expect(compiled(attr('path').beginsWith(attr('root'))).expression).toBe(
      'begins_with(#n0, #n1)',
    );
  });

  it('compiles contains', () => {
    expect(compiled(attr('tags').contains('red'))).toEqual({
      expression: 'contains(#n0, :v0)',
      names: { '#n0': 'tags' },
      values: { ':v0': 'red' },
    });
  });

  it('compiles size comparisons', () => {
    expect(compiled(attr('tags').size().gt(3))).toEqual({
      expression: 'size(#n0) > :v0',
      names: { '#n0': 'tags' },
      values: { ':v0': 3 },
    });
    expect(compiled(attr('a').size().le(attr('b').size())).expression).toBe(
      'size(#n0) <= size(#n1)',
    );
    expect(compiled(attr('a').size().between(1, 2)).expression).toBe(
      'size(#n0) BETWEEN :v0 AND :v1',
    );
  });

  it('nests and, or and not with parentheses', () => {
    const condition = and(
      or(attr('status').eq('draft'), attr('status').eq('review')),
      not(attr('locked').exists()),
    );
    expect(compiled(condition)).toEqual({
      expression: '((#n0 = :v0) OR (#n0 = :v1)) AND (NOT (attribute_exists(#n1)))',
      names: { '#n0': 'status', '#n1': 'locked' },
      values: { ':v0': 'draft', ':v1': 'review' },
    });
  });

  it('chains with the Condition methods', () => {
    const condition = attr('a').eq(1).and(attr('b').eq(2)).or(attr('c').eq(3)).not();
    expect(compiled(condition).expression).toBe(
      'NOT (((#n0 = :v0) AND (#n1 = :v1)) OR (#n2 = :v2))',
    );
  });

  it('compiles a junction of one condition as the condition itself', () => {
    expect(compiled(and(attr('a').eq(1))).expression).toBe('#n0 = :v0');
    expect(compiled(or(attr('a').eq(1))).expression).toBe('#n0 = :v0');
  });

  it('rejects an empty and / or', () => {
    expect(() => compiled(and())).toThrow(ValidationError);
    expect(() => compiled(or())).toThrow(ValidationError);
  });

  it('reuses one name placeholder for a repeated name, and gives each value its own', () => {
    expect(compiled(attr('age').ge(18).and(attr('age').lt(65)))).toEqual({
      expression: '(#n0 >= :v0) AND (#n0 < :v1)',
      names: { '#n0': 'age' },
      values: { ':v0': 18, ':v1': 65 },
    });
  });

  it('compiles nested paths with list indexes', () => {
    expect(compiled(attr(['address', 'lines', 0]).eq('1 Main St'))).toEqual({
      expression: '#n0.#n1[0] = :v0',
      names: { '#n0': 'address', '#n1': 'lines' },
      values: { ':v0': '1 Main St' },
    });
    expect(compiled(attr(['matrix', 1, 2, 'cell']).exists()).expression).toBe(
      'attribute_exists(#n0[1][2].#n1)',
    );
  });

  it('takes a name with dots, spaces, unicode or a reserved word literally, as one placeholder', () => {
    const condition = and(
      attr('a.b').eq(1),
      attr('with space').eq(2),
      attr('ünïcødé').eq(3),
      attr('name').eq(4),
      attr(['data', 'size']).eq(5),
    );
    expect(compiled(condition)).toEqual({
      expression: '(#n0 = :v0) AND (#n1 = :v1) AND (#n2 = :v2) AND (#n3 = :v3) AND (#n4.#n5 = :v4)',
      names: {
        '#n0': 'a.b',
        '#n1': 'with space',
        '#n2': 'ünïcødé',
        '#n3': 'name',
        '#n4': 'data',
        '#n5': 'size',
      },
      values: { ':v0': 1, ':v1': 2, ':v2': 3, ':v3': 4, ':v4': 5 },
    });
  });

  it('never puts a value into the expression, even one that looks like syntax', () => {
    const { expression, values } = compiled(
      attr('x').eq(') OR attribute_exists(#n0) OR (:v0 = :v0'),
    );
    expect(expression).toBe('#n0 = :v0');
    expect(values).toEqual({ ':v0': ') OR attribute_exists(#n0) OR (:v0 = :v0' });
  });

  it.each([
    ['an empty name', ''],
    ['an empty path', []],
    ['an index first', [0, 'a']],
    ['a negative index', ['a', -1]],
    ['a fractional index', ['a', 1.5]],
    ['an empty nested name', ['a', '']],
  ])('rejects %s', (_label, path) => {
    expect(() => compiled(attr(path as string).exists())).toThrow(ValidationError);
  });
});

describe('compileCondition refuses what DynamoDB would, before sending', () => {
  const refusal = (condition: Condition): string => {
    let error: unknown;
    try {
      compileCondition(condition, new ExpressionContext());
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    return (error as Error).message;
  };

  it('refuses eq(undefined), which DynamoDB cannot compare with', () => {
    expect(refusal(attr('a').eq(undefined))).toMatch(/undefined/);
  });

  it.each([
    ['numbers', 5, 1],
    ['bigints and numbers', 10n, 2],
    ['strings, in UTF-8 byte order', 'b', 'a'],
    ['strings past the surrogates, in UTF-8 byte order', '\ud83d\ude00', '\uffff'],
  ])('refuses between(low, high) of %s with low > high', (_label, low, high) => {
    expect(refusal(attr('n').between(low, high))).toMatch(/low.*high|greater/);
  });

  it('refuses between of a number and a string', () => {
    expect(refusal(attr('n').between(1, 'a'))).toMatch(/same type/);
  });

  it('accepts between with equal bounds and with attribute bounds', () => {
    expect(compiled(attr('price').between(1, 1)).expression).toBe('#n0 BETWEEN :v0 AND :v1');
    expect(compiled(attr('price').between(attr('low'), 1)).expression).toBe(
      '#n0 BETWEEN #n1 AND :v0',
    );
  });

  it('refuses an unknown attribute type name', () => {
    const unknownType = 'STRING' as unknown as 'S';
    expect(refusal(attr('a').type(unknownType))).toMatch(/S, SS, N.*"STRING"/);
  });

  it('refuses an empty attribute name and one with a lone surrogate', () => {
    expect(refusal(attr(['m', '']).exists())).toMatch(/empty/);
    expect(refusal(attr('\ud800').exists())).toMatch(/lone surrogate/);
  });
});
