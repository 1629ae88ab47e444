import { NumberValue } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';

/** A class whose instances DynamoDB has no type for. */
class Point {
  constructor(
    readonly x = 1,
    readonly y = 2,
  ) {}
}

/** Strings: any unicode, empty, lone surrogates, key-like text. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', '\ud800', 'a\udfffb', '\ud83d\ude00', 'USER#x', ':v0'),
);

/** Numbers of every shape: -0, NaN, ±Infinity, huge, tiny, beyond 2^53, 38+ digits. */
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, 1e-130, 1e-131, 2 ** 53, -(2 ** 53) - 2, 1e125, Number.MIN_VALUE),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
  fc.constantFrom(10n ** 126n, 10n ** 125n * 9n),
  fc
    .tuple(fc.stringMatching(/^-?[1-9][0-9]{0,39}$/), fc.integer({ min: -140, max: 130 }))
    .map(([digits, exponent]) => NumberValue.from(`${digits}e${exponent}`)),
);

/** Values DynamoDB has no type for, or that the SDK alters. */
const unsupported = fc.constantFrom<unknown>(
  new Date(0),
  new Point(),
  Symbol('s'),
  () => 1,
  undefined,
  new String('boxed'),
);

const binary = fc.uint8Array({ maxLength: 6 }).map((bytes) => Buffer.from(bytes));

/** Sets of every kind: strings, numbers, binaries, booleans, mixed, empty. */
const set = fc.oneof(
  fc.array(text, { maxLength: 4 }).map((elements) => new Set(elements)),
  fc.array(number, { maxLength: 4 }).map((elements) => new Set(elements)),
  fc.array(binary, { maxLength: 3 }).map((elements) => new Set(elements)),
  fc.array(fc.boolean(), { minLength: 1, maxLength: 2 }).map((elements) => new Set(elements)),
  fc.tuple(text, number).map((elements) => new Set<unknown>(elements)),
);

/** Attribute and map key names: ordinary, empty, dotted, reserved words, `__proto__`, lone surrogates. */
export const attributeName = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
  fc.constantFrom('', 'a.b', 'size', '#n0', '__proto__', 'constructor', '\udc00', 'PK'),
);

/** A list with a hole at `at` (an empty slot, not `undefined`). */
function withHole(list: unknown[], at: number): unknown[] {
  const holed = [...list];
  delete holed[Math.min(at, holed.length)];
  holed.length = Math.max(holed.length, at + 1);
  return holed;
}

/** Arbitrary JavaScript values, nested up to a few levels (and sometimes deep). */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    binary,
    set,
    unsupported,
    fc.array(tie('value'), { maxLength: 4 }),
    fc
      .tuple(fc.array(tie('value'), { maxLength: 3 }), fc.nat({ max: 3 }))
      .map(([list, at]) => withHole(list, at)),
    fc.dictionary(attributeName, tie('value'), { maxKeys: 3 }),
    fc
      .array(fc.tuple(fc.oneof(attributeName, fc.integer()), tie('value')), { maxLength: 3 })
      .map((entries) => new Map<unknown, unknown>(entries)),
    fc.nat({ max: 40 }).map(deeplyNested),
  ),
})).value;

/** `{ d: { d: … 1 } }`, `depth` maps deep: DynamoDB allows 32 levels. */
function deeplyNested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = { d: value };
  return value;
}

/** The attributes of an item: a few arbitrary values under arbitrary names. */
export const anyAttributes = fc.dictionary(attributeName, anyValue, { maxKeys: 4 });
