import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { applyUpdate, checkPlaceholders, type Item, parseUpdate } from './index.js';

type Values = Record<string, AttributeValue>;
const N = (n: string): AttributeValue => ({ N: n });
const S = (s: string): AttributeValue => ({ S: s });
const L = (...items: AttributeValue[]): AttributeValue => ({ L: items });

/** Updates like DynamoDB Local's UpdateItem (ALL_NEW): the new item, or the error. */
function update(
  item: Item,
  text: string,
  values?: Values,
  names?: Record<string, string>,
): unknown {
  try {
    const expression = parseUpdate(text);
    checkPlaceholders([expression], { names, values });
    return applyUpdate(expression, item, { names, values });
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

const invalid = (message: string): unknown => ({ error: 'ValidationException', message });
const badPath = invalid(
  'The document path provided in the update expression is invalid for update',
);
const wrongType = invalid('An operand in the update expression has an incorrect data type');
const missing = invalid(
  'The provided expression refers to an attribute that does not exist in the item',
);

// Each row was observed against DynamoDB Local (UpdateItem, ReturnValues ALL_NEW).
describe('update semantics, as observed on DynamoDB Local', () => {
  it.each<[string, Item, string, Values | undefined, unknown]>([
    [
      'ADD keeps the larger scale',
      { a: N('1.5') },
      'ADD a :v',
      { ':v': N('2.50') },
      { a: N('4.00') },
    ],
    ['ADD is exact', { a: N('0.1') }, 'ADD a :v', { ':v': N('0.2') }, { a: N('0.3') }],
    [
      'SET - to zero keeps the scale',
      { a: N('1.5') },
      'SET a = a - :v',
      { ':v': N('1.5') },
      { a: N('0.0') },
    ],
    ['SET stores the value text as sent', {}, 'SET a = :v', { ':v': N('1.50') }, { a: N('1.50') }],
    ['SET does not canonicalise exponents', {}, 'SET a = :v', { ':v': N('1e2') }, { a: N('1e2') }],
    [
      'ADD carries past 38 digits when the precision stays 1',
      { a: N('99999999999999999999999999999999999999') },
      'ADD a :v',
      { ':v': N('1') },
      { a: N('100000000000000000000000000000000000000') },
    ],
    [
      'ADD keeps 38 significant digits',
      { a: N('1') },
      'ADD a :v',
      { ':v': N('0.0000000000000000000000000000000000001') },
      { a: N('1.0000000000000000000000000000000000001') },
    ],
    [
      'ADD over 38 digits fails',
      { a: N('1') },
      'ADD a :v',
      { ':v': N('1e-40') },
      invalid('DynamoDB only supports precision up to 38 digits'),
    ],
    [
      'trailing zeros do not count as precision',
      { a: N('1') },
      'ADD a :v',
      { ':v': N('1.000000000000000000000000000000000000000000') },
      { a: N('2.000000000000000000000000000000000000000000') },
    ],
    [
      'ADD overflow',
      { a: N('9e125') },
      'ADD a :v',
      { ':v': N('9e125') },
      invalid(
        'Number overflow. Attempting to store a number with magnitude larger than supported range',
      ),
    ],
    [
      'ADD with an exponent value prints plainly',
      { a: N('1') },
      'ADD a :v',
      { ':v': N('1e2') },
      { a: N('101') },
    ],
    ['1.0E1 has scale 0', { a: N('1') }, 'ADD a :v', { ':v': N('1.0E1') }, { a: N('11') }],
    ['negative results', { a: N('1') }, 'SET a = a - :v', { ':v': N('2.5') }, { a: N('-1.5') }],
    ['adding two exponents', {}, 'SET a = :v + :v', { ':v': N('1e2') }, { a: N('200') }],
    [
      'adding small exponents',
      {},
      'SET a = :v + :w',
      { ':v': N('1e-5'), ':w': N('1e-5') },
      { a: N('0.00002') },
    ],
    ['zero minus zero', {}, 'SET a = :v - :w', { ':v': N('0'), ':w': N('0.0') }, { a: N('0.0') }],
    [
      'ADD to a missing attribute stores the value text',
      {},
      'ADD a :v',
      { ':v': N('+3.0') },
      { a: N('+3.0') },
    ],
    [
      'ADD a set to a missing attribute',
      {},
      'ADD a :v',
      { ':v': { SS: ['x', 'y'] } },
      { a: { SS: ['x', 'y'] } },
    ],
    [
      'ADD set union',
      { a: { SS: ['x'] } },
      'ADD a :v',
      { ':v': { SS: ['y', 'x'] } },
      { a: { SS: ['x', 'y'] } },
    ],
    [
      'ADD number set union is numeric',
      { a: { NS: ['1'] } },
      'ADD a :v',
      { ':v': { NS: ['1.0', '2'] } },
      { a: { NS: ['1', '2'] } },
    ],
    ['ADD a number to a string', { a: S('x') }, 'ADD a :v', { ':v': N('1') }, wrongType],
    [
      'ADD a number set to a string set',
      { a: { SS: ['x'] } },
      'ADD a :v',
      { ':v': { NS: ['1'] } },
      wrongType,
    ],
    [
      'ADD a list',
      {},
      'ADD a :v',
      { ':v': L(N('1')) },
      invalid(
        'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: LIST, typeSet: ALLOWED_FOR_ADD_OPERAND',
      ),
    ],
    [
      'ADD a string',
      {},
      'ADD a :v',
      { ':v': S('s') },
      invalid(
        'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND',
      ),
    ],
    [
      'ADD into a map',
      { a: { M: {} } },
      'ADD a.b :v',
      { ':v': N('1') },
      { a: { M: { b: N('1') } } },
    ],
    ['ADD under a missing parent', {}, 'ADD a.b :v', { ':v': N('1') }, badPath],
    ['ADD to a list element', { a: L(N('1')) }, 'ADD a[0] :v', { ':v': N('1') }, { a: L(N('2')) }],
    [
      'ADD past the end of a list appends',
      { a: L(N('1')) },
      'ADD a[3] :v',
      { ':v': N('1') },
      { a: L(N('1'), N('1')) },
    ],
    [
      'DELETE the last elements removes the attribute',
      { a: { SS: ['x'] } },
      'DELETE a :v',
      { ':v': { SS: ['x', 'z'] } },
      {},
    ],
    ['DELETE from a missing attribute', {}, 'DELETE a :v', { ':v': { SS: ['x'] } }, {}],
    ['DELETE under a missing parent', {}, 'DELETE a.b :v', { ':v': { SS: ['x'] } }, badPath],
    [
      'DELETE a number',
      { a: N('1') },
      'DELETE a :v',
      { ':v': N('1') },
      invalid(
        'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND',
      ),
    ],
    [
      'DELETE a number set from a string set',
      { a: { SS: ['x'] } },
      'DELETE a :v',
      { ':v': { NS: ['1'] } },
      wrongType,
    ],
    ['DELETE from a string', { a: S('x') }, 'DELETE a :v', { ':v': { SS: ['x'] } }, wrongType],
    ['SET from a missing attribute', {}, 'SET a = b + :v', { ':v': N('1') }, missing],
    ['SET string + number', { b: S('x') }, 'SET a = b + :v', { ':v': N('1') }, wrongType],
    ['SET under a missing parent', {}, 'SET a.b = :v', { ':v': N('1') }, badPath],
    [
      'SET under a missing middle map',
      { a: { M: {} } },
      'SET a.b.c = :v',
      { ':v': N('1') },
      badPath,
    ],
    [
      'SET past the end of a list appends',
      { a: L(N('1')) },
      'SET a[5] = :v',
      { ':v': N('9') },
      { a: L(N('1'), N('9')) },
    ],
    [
      'SET appends in index order',
      { a: L(N('1')) },
      'SET a[7] = :y, a[5] = :x',
      { ':x': S('x'), ':y': S('y') },
      { a: L(N('1'), S('x'), S('y')) },
    ],
    ['SET an index in a map', { a: { M: {} } }, 'SET a[0] = :v', { ':v': N('9') }, badPath],
    ['SET a key in a list', { a: L() }, 'SET a.b = :v', { ':v': N('9') }, badPath],
    [
      'SET reads the original item',
      { a: N('1') },
      'SET b = a, a = :v',
      { ':v': N('2') },
      { a: N('2'), b: N('1') },
    ],
    ['SET copies a path', { b: L(N('1')) }, 'SET a = b', undefined, { a: L(N('1')), b: L(N('1')) }],
    ['SET from a missing path', {}, 'SET a = b', undefined, missing],
    [
      'SET applies before REMOVE',
      { a: L(N('0'), N('1'), N('2')) },
      'REMOVE a[0] SET a[1] = :v',
      { ':v': S('v') },
      { a: L(S('v'), N('2')) },
    ],
    [
      'REMOVE uses the original indexes',
      { a: L(N('0'), N('1'), N('2'), N('3')) },
      'REMOVE a[1], a[2]',
      undefined,
      { a: L(N('0'), N('3')) },
    ],
    ['REMOVE past the end', { a: L(N('0')) }, 'REMOVE a[5]', undefined, { a: L(N('0')) }],
    ['REMOVE under a missing parent', { x: N('1') }, 'REMOVE a.b', undefined, badPath],
    ['REMOVE an index under a missing parent', { x: N('1') }, 'REMOVE a[0]', undefined, badPath],
    [
      'list_append prepends',
      { a: L(N('1')) },
      'SET a = list_append(:v, a)',
      { ':v': L(N('0')) },
      { a: L(N('0'), N('1')) },
    ],
    [
      'list_append of a string',
      { a: S('x') },
      'SET a = list_append(a, :v)',
      { ':v': L(N('0')) },
      wrongType,
    ],
    [
      'list_append of a missing attribute',
      {},
      'SET a = list_append(a, :v)',
      { ':v': L(N('1')) },
      missing,
    ],
    [
      'list_append of two values',
      {},
      'SET a = list_append(:v, :v)',
      { ':v': L(N('1')) },
      { a: L(N('1'), N('1')) },
    ],
    [
      'list_append with if_not_exists',
      {},
      'SET a = list_append(if_not_exists(a, :e), :v)',
      { ':v': L(N('1')), ':e': L() },
      { a: L(N('1')) },
    ],
    [
      'if_not_exists keeps an existing value',
      { a: N('1') },
      'SET a = if_not_exists(a, :v)',
      { ':v': N('5') },
      { a: N('1') },
    ],
    [
      'if_not_exists in arithmetic',
      {},
      'SET a = if_not_exists(a, :z) + :v',
      { ':v': N('5'), ':z': N('0') },
      { a: N('5') },
    ],
    [
      'if_not_exists under a missing parent',
      {},
      'SET a = if_not_exists(x.y, :v)',
      { ':v': N('1') },
      { a: N('1') },
    ],
    [
      '+ on a list value',
      {},
      'SET a = :v + :v',
      { ':v': L(N('1')) },
      invalid(
        'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: L',
      ),
    ],
    ['parenthesized arithmetic', { a: N('1') }, 'SET a = (a + a)', undefined, { a: N('2') }],
    ['lower-case clause names', {}, 'set a = :v', { ':v': N('1') }, { a: N('1') }],
    [
      'sibling paths do not overlap',
      { a: { M: {} } },
      'SET a.b = :v, a.c = :v',
      { ':v': N('1') },
      { a: { M: { b: N('1'), c: N('1') } } },
    ],
    [
      'list elements do not overlap',
      { a: L(N('1'), N('2')) },
      'SET a[0] = :v, a[1] = :v',
      { ':v': N('1') },
      { a: L(N('1'), N('1')) },
    ],
    ['ADD two attributes', {}, 'ADD a :v, b :v', { ':v': N('1') }, { a: N('1'), b: N('1') }],
  ])('%s', (_, item, text, values, expected) => {
    expect(update(item, text, values)).toEqual(expected);
  });

  it.each<[string, string, Values | undefined, string]>([
    [
      'the same path twice',
      'SET a = :v, a = :v',
      { ':v': N('1') },
      'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]',
    ],
    [
      'a path and its child',
      'SET a = :v REMOVE a.b',
      { ':v': N('1') },
      'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]',
    ],
    [
      'REMOVE then SET of one path',
      'REMOVE a SET a = :v',
      { ':v': N('1') },
      'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]',
    ],
    [
      'an index and its child',
      'SET a[0] = :v REMOVE a[0].b',
      { ':v': N('1') },
      'Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, [0]], path two: [a, [0], b]',
    ],
    [
      'a clause twice',
      'SET a = :v SET b = :v',
      { ':v': N('1') },
      'The "SET" section can only be used once in an update expression;',
    ],
    [
      'an undefined value',
      'SET a = :w',
      { ':v': N('1') },
      'An expression attribute value used in expression is not defined; attribute value: :w',
    ],
    [
      'an undefined name',
      'SET #a = :v',
      { ':v': N('1') },
      'An expression attribute name used in the document path is not defined; attribute name: #a',
    ],
    [
      'a reserved word',
      'SET name = :v',
      { ':v': N('1') },
      'Attribute name is a reserved keyword; reserved keyword: name',
    ],
    ['a missing value', 'SET a = ', { ':v': N('1') }, 'Syntax error; token: "<EOF>", near: "= "'],
    ['a + b + c', 'SET a = a + a + a', undefined, 'Syntax error; token: "+", near: "a + a"'],
    [
      'size()',
      'SET b = size(a)',
      undefined,
      'The function is not allowed in an update expression; function: size',
    ],
    [
      'a trailing comma',
      'SET a = :v,',
      { ':v': N('1') },
      'Syntax error; token: "<EOF>", near: ","',
    ],
    ['an empty expression', '', undefined, 'The expression can not be empty;'],
    ['ADD with =', 'ADD a = :v', { ':v': N('1') }, 'Syntax error; token: "=", near: "a = :v"'],
    ['ADD of a path', 'ADD a b', undefined, 'Syntax error; token: "b", near: "a b"'],
    [
      'if_not_exists of a value',
      'SET a = if_not_exists(:v, b)',
      { ':v': N('1') },
      'Operator or function requires a document path; operator or function: if_not_exists',
    ],
  ])('rejects %s', (_, text, values, message) => {
    expect(update({ a: L(N('1')) }, text, values)).toEqual(
      invalid(`Invalid UpdateExpression: ${message}`),
    );
  });

  // Found by random testing against DynamoDB Local.
  it.each<[string, Item, string, Values | undefined, unknown]>([
    [
      'a list index and a map key under one parent conflict',
      {},
      'REMOVE a[0], a.y',
      undefined,
      invalid(
        'Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, [0]], path two: [a, y]',
      ),
    ],
    [
      'list_append as an arithmetic operand',
      {},
      'SET a.y = list_append(a[1], a[1]) - :v',
      { ':v': S('M') },
      invalid(
        'Invalid UpdateExpression: The function is not allowed to be used this way in an expression; function: list_append',
      ),
    ],
    [
      'the left operand is type-checked before the right one is read',
      {},
      'SET c = if_not_exists(a[1], :v) - d',
      { ':v': { NULL: true } },
      wrongType,
    ],
    [
      'the target path is checked before the value is read',
      {},
      'SET a.y = a[1]',
      undefined,
      badPath,
    ],
    [
      'the target path is checked before operand types',
      { b: { M: {} } },
      'SET b[0].x = if_not_exists(a, :v) + a',
      { ':v': S('NS') },
      badPath,
    ],
    [
      'DELETE operand types are checked before SET operand types',
      {},
      'SET b = :l - b ADD c :s DELETE d :l',
      { ':l': L(), ':s': S('NS') },
      invalid(
        'Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: LIST, typeSet: ALLOWED_FOR_DELETE_OPERAND',
      ),
    ],
    [
      'later SET actions are type-checked first',
      {},
      'SET a.x = :ns - :null, b = a + :null',
      { ':ns': { NS: ['1'] }, ':null': { NULL: true } },
      invalid(
        'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: +, operand type: NULL',
      ),
    ],
    [
      'if_not_exists with one operand',
      {},
      'SET a = if_not_exists(a)',
      undefined,
      invalid(
        'Invalid UpdateExpression: Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1',
      ),
    ],
    [
      'overlap checks run from the last written path',
      {},
      'ADD a[1] :v REMOVE a.y',
      { ':v': N('1') },
      invalid(
        'Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, [1]], path two: [a, y]',
      ),
    ],
    [
      'type checks run from the last written action',
      {},
      'DELETE d :l SET b = :l - b',
      { ':l': L() },
      invalid(
        'Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: -, operand type: L',
      ),
    ],
    [
      'DELETE under a parent of the wrong type',
      { a: N('100') },
      'DELETE a.y :v',
      { ':v': { NS: ['1.5'] } },
      badPath,
    ],
    [
      'ADD applies to the original list index',
      { a: L(N('1'), N('2'), N('3')) },
      'REMOVE a[0] ADD a[1] :n',
      { ':n': N('10') },
      { a: L(N('12'), N('3')) },
    ],
    [
      'DELETE applies to the original list index',
      { a: L(N('1'), { SS: ['x', 'y'] }, N('3')) },
      'REMOVE a[0] DELETE a[1] :s',
      { ':s': { SS: ['x'] } },
      { a: L({ SS: ['y'] }, N('3')) },
    ],
    [
      'an emptied set in a list is removed after the writes',
      { a: L(N('1'), { SS: ['x'] }, N('3')) },
      'DELETE a[1] :s SET a[2] = :n',
      { ':s': { SS: ['x'] }, ':n': N('9') },
      { a: L(N('1'), N('9')) },
    ],
    [
      'appends go in index order across clauses',
      { a: L(N('1')) },
      'ADD a[5] :n SET a[3] = :m',
      { ':n': N('10'), ':m': N('7') },
      { a: L(N('1'), N('7'), N('10')) },
    ],
    [
      'an append and a removal',
      { a: L(N('1'), N('2')) },
      'REMOVE a[0] SET a[3] = :m',
      { ':m': N('7') },
      { a: L(N('2'), N('7')) },
    ],
  ])('%s', (_, item, text, values, expected) => {
    expect(update(item, text, values)).toEqual(expected);
  });

  // With several runtime faults, DynamoDB Local reports the first in its run order (see update-order.ts).
  it.each<[string, Item, string, Values | undefined, unknown]>([
    ['a bad target before a missing operand', {}, 'SET a = b, c.d = :v', { ':v': N('1') }, badPath],
    [
      'ADD (attribute s) before SET (attribute a)',
      { s: S('x') },
      'SET a = b ADD s :v',
      { ':v': N('1') },
      wrongType,
    ],
    [
      'z before b, whatever the written order',
      {},
      'SET b = c, z = :big + :big',
      { ':big': N('9e125') },
      invalid(
        'Number overflow. Attempting to store a number with magnitude larger than supported range',
      ),
    ],
    [
      'z before b, the other way round',
      {},
      'SET z = c, b = :big + :big',
      { ':big': N('9e125') },
      missing,
    ],
    [
      'n before s',
      { n: N('1'), s: S('x') },
      'ADD s :one, n :tiny',
      { ':tiny': N('1e-40'), ':one': N('1') },
      invalid('DynamoDB only supports precision up to 38 digits'),
    ],
    [
      'a later list index first',
      { a: L(N('1'), S('x')) },
      'ADD a[1] :one, a[0] :tiny',
      { ':tiny': N('1e-40'), ':one': N('1') },
      wrongType,
    ],
  ])('reports %s', (_, item, text, values, expected) => {
    expect(update(item, text, values)).toEqual(expected);
  });

  it('rejects overlapping paths written with a name placeholder', () => {
    expect(update({}, 'SET #x = :v REMOVE a', { ':v': N('1') }, { '#x': 'a' })).toEqual(
      invalid(
        'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]',
      ),
    );
  });

  it('never mutates the input item', () => {
    const item: Item = { a: { M: { b: L(N('1')) } }, s: { SS: ['x'] } };
    const before = structuredClone(item);
    update(item, 'SET a.b[0] = :v ADD s :s', { ':v': N('2'), ':s': { SS: ['y'] } });
    expect(item).toEqual(before);
  });
});
