import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { evaluateCondition, parseCondition } from './index.js';

type Values = Record<string, AttributeValue>;
const N = (n: string): AttributeValue => ({ N: n });
const S = (s: string): AttributeValue => ({ S: s });
const B = (...bytes: number[]): AttributeValue => ({ B: Uint8Array.from(bytes) });
const L = (...items: AttributeValue[]): AttributeValue => ({ L: items });

/** Evaluates like DynamoDB Local: true/false, or the error name and message. */
function check(
  item: Values | undefined,
  text: string,
  values?: Values,
  names?: Record<string, string>,
): unknown {
  try {
    return evaluateCondition(parseCondition(text), item, { names, values });
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

// Each row was observed against DynamoDB Local (DeleteItem with a ConditionExpression).
describe('condition evaluation, as observed on DynamoDB Local', () => {
  it.each<[string, Values | undefined, string, Values | undefined, boolean]>([
    [
      'size of a string counts UTF-16 units',
      { a: S('é€😀') },
      'size(a) = :v',
      { ':v': N('4') },
      true,
    ],
    ['size of a number is undefined', { a: N('123') }, 'size(a) > :v', { ':v': N('-1') }, false],
    ['size of binary counts bytes', { a: B(1, 2, 3) }, 'size(a) = :v', { ':v': N('3') }, true],
    ['size of a missing attribute is false', {}, 'size(a) > :v', { ':v': N('-1') }, false],
    ['<> with a missing size is true', {}, 'size(a) <> :v', { ':v': N('-1') }, true],
    ['size of a value', {}, 'size(:s) = :v', { ':v': N('2'), ':s': S('ab') }, true],
    [
      'size of a map counts entries',
      { a: { M: { b: N('1') } } },
      'size(a) = :x',
      { ':x': N('1') },
      true,
    ],
    [
      'size compared with a string is false',
      { a: S('ab') },
      'size(a) = :x',
      { ':x': S('2') },
      false,
    ],
    [
      'size BETWEEN',
      { a: S('ab') },
      'size(a) BETWEEN :x AND :y',
      { ':x': N('1'), ':y': N('3') },
      true,
    ],
    ['<> between types is true', { a: S('1') }, 'a <> :v', { ':v': N('1') }, true],
    ['<> with a missing attribute is true', {}, 'a <> :v', { ':v': N('1') }, true],
    ['= with a missing attribute is false', {}, 'a = :v', { ':v': N('1') }, false],
    ['NOT of a false comparison', {}, 'NOT a = :v', { ':v': N('1') }, true],
    ['< between types is false', { a: S('1') }, 'a < :v', { ':v': N('2') }, false],
    ['< on a stored list is false', { a: L() }, 'a < :x', { ':x': N('1') }, false],
    [
      '= on lists compares deeply, sets unordered, numbers numerically',
      { a: L(N('1'), { M: { x: { SS: ['a', 'b'] } } }) },
      'a = :v',
      { ':v': L(N('1.0'), { M: { x: { SS: ['b', 'a'] } } }) },
      true,
    ],
    ['= on numbers is numeric', { a: N('1') }, 'a = :v', { ':v': N('1.00') }, true],
    ['= on NULL', { a: { NULL: true } }, 'a = :v', { ':v': { NULL: true } }, true],
    [
      'strings order by UTF-8 bytes, not UTF-16 units',
      { a: S('\uFF61') },
      'a < :v',
      { ':v': S('\u{1F600}') },
      true,
    ],
    [
      'BETWEEN is inclusive',
      { a: N('5') },
      'a BETWEEN :l AND :h',
      { ':l': N('5'), ':h': N('9') },
      true,
    ],
    [
      'BETWEEN with reversed path bounds is false',
      { a: N('5'), l: N('9'), h: N('1') },
      'a BETWEEN l AND h',
      undefined,
      false,
    ],
    ['IN', { a: N('5') }, 'a IN (:l, :h)', { ':l': N('5'), ':h': N('9') }, true],
    ['IN with a path', { a: N('1'), b: N('1') }, 'a IN (b)', undefined, true],
    [
      'contains on a string set',
      { a: { SS: ['x', 'y'] } },
      'contains(a, :v)',
      { ':v': S('y') },
      true,
    ],
    [
      'contains on a number set is numeric',
      { a: { NS: ['1', '2'] } },
      'contains(a, :v)',
      { ':v': N('1.0') },
      true,
    ],
    ['contains a substring', { a: S('hello') }, 'contains(a, :v)', { ':v': S('ell') }, true],
    [
      'contains a number in a string is false',
      { a: S('h1') },
      'contains(a, :v)',
      { ':v': N('1') },
      false,
    ],
    [
      'contains a map in a list',
      { a: L(S('x'), { M: { y: N('1') } }) },
      'contains(a, :v)',
      { ':v': { M: { y: N('1') } } },
      true,
    ],
    ['contains bytes in binary', { a: B(1, 2, 3) }, 'contains(a, :v)', { ':v': B(2, 3) }, true],
    [
      'contains in a binary set',
      { a: { BS: [Uint8Array.from([1])] } },
      'contains(a, :v)',
      { ':v': B(1) },
      true,
    ],
    [
      'contains a set in a set is false',
      { a: { SS: ['x', 'y'] } },
      'contains(a, :v)',
      { ':v': { SS: ['x'] } },
      false,
    ],
    [
      'contains of a size is false',
      { a: S('ab') },
      'contains(size(a), :x)',
      { ':x': N('1') },
      false,
    ],
    ['contains on a missing attribute', {}, 'contains(a, :x)', { ':x': N('1') }, false],
    ['NOT contains on a missing attribute', {}, 'NOT contains(a, :x)', { ':x': N('1') }, true],
    ['begins_with on strings', { a: S('hello') }, 'begins_with(a, :v)', { ':v': S('he') }, true],
    ['begins_with on binary', { a: B(1, 2, 3) }, 'begins_with(a, :v)', { ':v': B(1, 2) }, true],
    [
      'begins_with on a stored number is false',
      { a: N('123') },
      'begins_with(a, :v)',
      { ':v': S('1') },
      false,
    ],
    [
      'begins_with with the value first',
      { a: S('hello') },
      'begins_with(:v, a)',
      { ':v': S('he') },
      false,
    ],
    ['begins_with of two paths', { a: S('abc'), b: S('ab') }, 'begins_with(a, b)', undefined, true],
    ['attribute_type', { a: { SS: ['x'] } }, 'attribute_type(a, :t)', { ':t': S('SS') }, true],
    [
      'attribute_type NULL',
      { a: { NULL: true } },
      'attribute_type(a, :t)',
      { ':t': S('NULL') },
      true,
    ],
    [
      'attribute_exists through a list index',
      { a: L({ M: { b: N('1') } }) },
      'attribute_exists(a[0].b)',
      undefined,
      true,
    ],
    [
      'an index into a map does not exist',
      { a: { M: { b: N('1') } } },
      'attribute_exists(a[0])',
      undefined,
      false,
    ],
    [
      'AND binds tighter than OR',
      { a: N('1') },
      'a = :x OR a = :y AND a = :z',
      { ':x': N('1'), ':y': N('2'), ':z': N('3') },
      true,
    ],
    [
      'NOT binds tighter than AND',
      { a: N('1') },
      'NOT a = :y AND a = :x',
      { ':x': N('1'), ':y': N('2') },
      true,
    ],
    ['NOT NOT', { a: N('1') }, 'NOT NOT a = :x', { ':x': N('1') }, true],
    ['value = value', {}, ':x = :x', { ':x': N('1') }, true],
    ['path = path', { a: N('1'), b: N('1.0') }, 'a = b', undefined, true],
    ['keywords are case-insensitive', { a: N('1') }, 'a between :x and :x', { ':x': N('1') }, true],
    ['one pair of parentheses', { a: N('1') }, '(a = :x)', { ':x': N('1') }, true],
    ['a parenthesized operand', { a: N('1') }, '(a) = :x', { ':x': N('1') }, true],
    ['spaces inside paths', { a: { M: { b: N('1') } } }, 'a . b = :x', { ':x': N('1') }, true],
    ['spaces inside an index', { a: L(N('1')) }, 'a [ 0 ] = :x', { ':x': N('1') }, true],
    ['an index past the end', { a: N('1') }, 'a[0][1] = :x', { ':x': N('1') }, false],
    [
      'underscores and digits after the first letter',
      { a_b: N('1'), a1: N('1') },
      'a_b = a1',
      undefined,
      true,
    ],
    ['SIZE is not reserved as a bare name', { size: N('1') }, 'size = :v', { ':v': N('1') }, true],
    ['a missing item', undefined, 'attribute_not_exists(a)', undefined, true],
  ])('%s', (_, item, text, values, expected) => {
    expect(check(item, text, values)).toBe(expected);
  });

  it('resolves a name placeholder followed by a list index', () => {
    expect(check({ a: L(N('1')) }, '#a[0] = :x', { ':x': N('1') }, { '#a': 'a' })).toBe(true);
  });

  it('resolves a name placeholder holding a dot as one attribute', () => {
    expect(check({ 'a.b': N('1') }, '#a = :x', { ':x': N('1') }, { '#a': 'a.b' })).toBe(true);
  });

  it('IN accepts 100 operands but not 101', () => {
    const values = (count: number): Values =>
      Object.fromEntries(Array.from({ length: count }, (_, i) => [`:v${i}`, N(String(i))]));
    const text = (count: number): string => `a IN (${Object.keys(values(count)).join(',')})`;
    expect(check({ a: N('5') }, text(100), values(100))).toBe(true);
    expect(check({ a: N('5') }, text(101), values(101))).toEqual({
      error: 'ValidationException',
      message:
        'Invalid ConditionExpression: The IN operator is provided with too many operands; number of operands: 101',
    });
  });
});

describe('condition errors, as observed on DynamoDB Local', () => {
  it.each<[string, string, Values | undefined, string]>([
    [
      'a bare size()',
      'size(a)',
      undefined,
      'The function is not allowed to be used this way in an expression; function: size',
    ],
    [
      '< on a list value',
      'a < :v',
      { ':v': L(N('1')) },
      'Incorrect operand type for operator or function; operator or function: <, operand type: L',
    ],
    [
      '< on a BOOL value',
      'a < :v',
      { ':v': { BOOL: true } },
      'Incorrect operand type for operator or function; operator or function: <, operand type: BOOL',
    ],
    [
      'BETWEEN with reversed value bounds',
      'a BETWEEN :h AND :l',
      { ':l': N('1'), ':h': N('9') },
      'The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:9}, upper bound operand: AttributeValue: {N:1}',
    ],
    [
      'BETWEEN bounds of two types',
      'a BETWEEN :l AND :h',
      { ':l': N('1'), ':h': S('9') },
      'The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {N:1}, upper bound operand: AttributeValue: {S:9}',
    ],
    ['IN ()', 'a IN ()', undefined, 'Syntax error; token: ")", near: "()"'],
    [
      'begins_with a number value',
      'begins_with(a, :v)',
      { ':v': N('1') },
      'Incorrect operand type for operator or function; operator or function: begins_with, operand type: N',
    ],
    [
      'attribute_type with an unknown type',
      'attribute_type(a, :t)',
      { ':t': S('XX') },
      'Invalid attribute type name found; type: XX, valid types: {N,BS,L,B,NULL,M,S,SS,NS,BOOL}',
    ],
    [
      'attribute_type with a number',
      'attribute_type(a, :t)',
      { ':t': N('1') },
      'Incorrect operand type for operator or function; operator or function: attribute_type, operand type: N',
    ],
    [
      'attribute_exists of a value',
      'attribute_exists(:v)',
      { ':v': N('1') },
      'Operator or function requires a document path; operator or function: attribute_exists',
    ],
    ['an unknown function', 'foo(a)', undefined, 'Invalid function name; function: foo'],
    [
      'function names are case-sensitive',
      'ATTRIBUTE_EXISTS(a)',
      undefined,
      'Invalid function name; function: ATTRIBUTE_EXISTS',
    ],
    [
      'a keyword as an attribute',
      'attribute_exists(and)',
      undefined,
      'Syntax error; token: "and", near: "(and)"',
    ],
    ['a bare path', 'a', undefined, 'Syntax error; token: "<EOF>", near: "a"'],
    [
      'a condition function compared',
      'attribute_exists(a) = :x',
      { ':x': N('1') },
      'The function is not allowed to be used this way in an expression; function: attribute_exists',
    ],
    ['an empty expression', '', undefined, 'The expression can not be empty;'],
    ['a non-ASCII name', 'é = :x', { ':x': N('1') }, 'Syntax error; token: "é", near: "é ="'],
    [
      'a name starting with a digit',
      '1a = :x',
      { ':x': N('1') },
      'Syntax error; token: "1", near: "1a"',
    ],
    ['a dash in a name', 'a-b = :x', { ':x': N('1') }, 'Syntax error; token: "-", near: "a-b"'],
    [
      'a name starting with an underscore',
      '_a = :x',
      { ':x': N('1') },
      'Syntax error; token: "_", near: "_a"',
    ],
    ['!=', 'a != :x', { ':x': N('1') }, 'Syntax error; token: "!", near: "a !="'],
    [
      'double parentheses',
      '((a = :x))',
      { ':x': N('1') },
      'The expression has redundant parentheses;',
    ],
    [
      'nested double parentheses',
      'a = :x AND ((a = :x))',
      { ':x': N('1') },
      'The expression has redundant parentheses;',
    ],
    ['= =', 'a = = :v', { ':v': N('1') }, 'Syntax error; token: "=", near: "= = :v"'],
    ['a trailing AND', 'a = :v AND', { ':v': N('1') }, 'Syntax error; token: "<EOF>", near: "AND"'],
    [
      'an unknown character',
      'a = :v $',
      { ':v': N('1') },
      'Syntax error; token: "$", near: ":v $"',
    ],
    [
      'a reserved word',
      'attribute_exists(status)',
      undefined,
      'Attribute name is a reserved keyword; reserved keyword: status',
    ],
    [
      'a huge list index',
      'a[99999999999] = :x',
      { ':x': N('1') },
      'List index is not within the allowable range; index: [99999999999]',
    ],
    [
      'an undefined name',
      'attribute_exists(#a)',
      undefined,
      'An expression attribute name used in the document path is not defined; attribute name: #a',
    ],
    [
      'an undefined value',
      'a = :w',
      { ':v': N('1') },
      'An expression attribute value used in expression is not defined; attribute value: :w',
    ],
  ])('%s', (_, text, values, message) => {
    expect(check({ a: N('1') }, text, values)).toEqual({
      error: 'ValidationException',
      message: `Invalid ConditionExpression: ${message}`,
    });
  });

  it.each<[string, string, Values | undefined, Record<string, string> | undefined, string]>([
    [
      'a path equal to itself',
      'a = a',
      undefined,
      undefined,
      'The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]',
    ],
    [
      'a path IN a list holding itself',
      'a IN (b, a)',
      undefined,
      undefined,
      'The first operand must be distinct from the remaining operands for this operator or function; operator: IN, first operand: [a]',
    ],
    [
      'an update function',
      'if_not_exists(a, :v) = :v',
      { ':v': N('1') },
      undefined,
      'The function is not allowed in a condition expression; function: if_not_exists',
    ],
    [
      'size of a size',
      'size(size(a)) = :v',
      { ':v': N('1') },
      undefined,
      'Incorrect operand type for operator or function; operator or function: size, operand type: N',
    ],
    [
      'size of a BOOL value',
      'size(:v) = :w',
      { ':v': { BOOL: true }, ':w': N('1') },
      undefined,
      'Incorrect operand type for operator or function; operator or function: size, operand type: BOOL',
    ],
    [
      'an operand in double parentheses',
      '((a)) = :v',
      { ':v': N('1') },
      undefined,
      'The expression has redundant parentheses;',
    ],
    [
      'NOT of double parentheses',
      'NOT ((a = :v))',
      { ':v': N('1') },
      undefined,
      'The expression has redundant parentheses;',
    ],
    [
      'too many operands',
      'attribute_exists(a, b)',
      undefined,
      undefined,
      'Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2',
    ],
    [
      'too few operands',
      'contains(a)',
      undefined,
      undefined,
      'Incorrect number of operands for operator or function; operator or function: contains, number of operands: 1',
    ],
    [
      'a negative index',
      'a[-1] = :v',
      { ':v': N('1') },
      undefined,
      'Syntax error; token: "-", near: "[-1"',
    ],
    [
      'a number after a dot',
      'a.1 = :v',
      { ':v': N('1') },
      undefined,
      'Syntax error; token: "1", near: ".1 ="',
    ],
    [
      'an unclosed parenthesis',
      '(a = :v',
      { ':v': N('1') },
      undefined,
      'Syntax error; token: "<EOF>", near: ":v"',
    ],
    [
      'IN without parentheses',
      'a IN :v',
      { ':v': N('1') },
      undefined,
      'Syntax error; token: ":v", near: "IN :v"',
    ],
    [
      'a path compared with itself',
      'c > c',
      undefined,
      undefined,
      'The first operand must be distinct from the remaining operands for this operator or function; operator: >, first operand: [c]',
    ],
    [
      'a path compared with itself through a name',
      'NOT (#n0 <= a)',
      undefined,
      { '#n0': 'a' },
      'The first operand must be distinct from the remaining operands for this operator or function; operator: <=, first operand: [a]',
    ],
    [
      'contains of a path in itself',
      'contains(b[0].x, b[0].x)',
      undefined,
      undefined,
      'The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [b, [0], x]',
    ],
    [
      'a path BETWEEN itself',
      '#n0.x BETWEEN #n0 AND a.x',
      undefined,
      { '#n0': 'a' },
      'The first operand must be distinct from the remaining operands for this operator or function; operator: BETWEEN, first operand: [a, x]',
    ],
    [
      'operand types before distinct operands',
      'a BETWEEN :v AND a',
      { ':v': { BOOL: false } },
      undefined,
      'Incorrect operand type for operator or function; operator or function: BETWEEN, operand type: BOOL',
    ],
    [
      'begins_with of a size',
      'begins_with(size(a.y), d)',
      undefined,
      undefined,
      'Incorrect operand type for operator or function; operator or function: begins_with, operand type: N',
    ],
    [
      'BETWEEN bounds of binary and string',
      ':v0 BETWEEN :v2 AND :v0',
      { ':v0': S('B'), ':v2': B(1) },
      undefined,
      'The BETWEEN operator requires same data type for lower and upper bounds; lower bound operand: AttributeValue: {B:java.nio.HeapByteBuffer[pos=0 lim=1 cap=1]}, upper bound operand: AttributeValue: {S:B}',
    ],
  ])(
    'rejects %s (found by random testing against DynamoDB Local)',
    (_, text, values, names, message) => {
      expect(check({}, text, values, names)).toEqual({
        error: 'ValidationException',
        message: `Invalid ConditionExpression: ${message}`,
      });
    },
  );

  it('prefixes filter expression errors with FilterExpression', () => {
    expect(() => parseCondition('x = ', 'FilterExpression')).toThrow(
      'Invalid FilterExpression: Syntax error; token: "<EOF>", near: "= "',
    );
  });
});
