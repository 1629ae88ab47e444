import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { checkPlaceholders, type Item, parseProjection, project } from './index.js';

const N = (n: string): AttributeValue => ({ N: n });
const S = (s: string): AttributeValue => ({ S: s });
const L = (...items: AttributeValue[]): AttributeValue => ({ L: items });

/** Projects like DynamoDB Local's GetItem with a ProjectionExpression: the item, or the error. */
function projection(item: Item, text: string, names?: Record<string, string>): unknown {
  try {
    const expression = parseProjection(text);
    checkPlaceholders([expression], { names });
    return project(expression, item, { names });
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

const invalid = (message: string): unknown => ({
  error: 'ValidationException',
  message: `Invalid ProjectionExpression: ${message}`,
});

// Each row was observed against DynamoDB Local (GetItem with a ProjectionExpression).
describe('projection, as observed on DynamoDB Local', () => {
  it.each<[string, Item, string, unknown]>([
    [
      'a nested attribute and a top-level one',
      { a: { M: { b: N('1'), c: N('2') } }, d: N('3') },
      'a.b, d',
      { a: { M: { b: N('1') } }, d: N('3') },
    ],
    [
      'list elements keep their order',
      { a: L(N('0'), N('1'), N('2'), N('3')) },
      'a[3], a[1]',
      { a: L(N('1'), N('3')) },
    ],
    ['an index past the end', { a: L(N('0')) }, 'a[3]', {}],
    ['a missing attribute', { a: N('1') }, 'zz', {}],
    ['an index into a map', { a: { M: { b: N('1') } } }, 'a[0]', {}],
    [
      'an attribute inside a list element',
      { a: L({ M: { b: N('1'), c: N('2') } }, N('5')) },
      'a[0].c',
      { a: L({ M: { c: N('2') } }) },
    ],
    [
      'two keys of one map',
      { a: { M: { b: N('1'), c: N('2'), d: N('3') } } },
      'a.c, a.b',
      { a: { M: { b: N('1'), c: N('2') } } },
    ],
    ['an index into a string', { a: S('x') }, 'a[0]', {}],
    ['a key of a list', { a: L(N('1')) }, 'a.b', {}],
    [
      'a path and its child',
      { a: { M: { b: N('1') } } },
      'a, a.b',
      invalid(
        'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]',
      ),
    ],
    [
      'a path twice',
      { a: N('1') },
      'a, a',
      invalid(
        'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]',
      ),
    ],
    [
      'an element and its child',
      { a: L({ M: { b: N('1') } }) },
      'a[0], a[0].b',
      invalid(
        'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, [0]], path two: [a, [0], b]',
      ),
    ],
    [
      'a reserved word',
      { a: N('1') },
      'name',
      invalid('Attribute name is a reserved keyword; reserved keyword: name'),
    ],
    [
      'a reserved word, then a syntax error: the syntax error',
      { a: N('1') },
      'list[01]',
      invalid('Syntax error; token: "1", near: "01]"'),
    ],
    [
      'a syntax error after a reserved word',
      { a: N('1') },
      'name, a,',
      invalid('Syntax error; token: "<EOF>", near: ","'),
    ],
    [
      'the first of two reserved words',
      { a: N('1') },
      'a, name, size',
      invalid('Attribute name is a reserved keyword; reserved keyword: name'),
    ],
    ['an empty expression', { a: N('1') }, '', invalid('The expression can not be empty;')],
    ['a trailing comma', { a: N('1') }, 'a,', invalid('Syntax error; token: "<EOF>", near: ","')],
    ['parentheses', { a: N('1') }, '(a)', invalid('Syntax error; token: "(", near: "(a"')],
  ])('%s', (_, item, text, expected) => {
    expect(projection(item, text)).toEqual(expected);
  });

  it('resolves name placeholders', () => {
    expect(projection({ name: N('1'), b: N('2') }, '#n', { '#n': 'name' })).toEqual({
      name: N('1'),
    });
  });
});
