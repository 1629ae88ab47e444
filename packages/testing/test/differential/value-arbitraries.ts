import * as fc from 'fast-check';
import type {
  AttributesData,
  ChangesData,
  ConditionData,
  KeyRef,
} from './differential-operations.js';

/** Arbitrary keys, attribute values, conditions and update changes of the small key space. */

const partitionKeys: readonly KeyRef[] = [
  ['USER', 'a'],
  ['USER', 'b'],
  ['GROUP', 'g'],
];
const sortKeys: readonly KeyRef[] = [
  ['GROUP', 'g'],
  ['GROUP', 'h'],
  ['ORDER', '1'],
  ['ORDER', '2'],
  ['ORDER', '3'],
  ['USER', 'a'],
];

export const pkArb = fc.constantFrom(...partitionKeys);
export const skArb = fc.constantFrom(...sortKeys);
export const small = fc.integer({ min: 0, max: 3 });

/** Numbers of stored attributes: mostly small integers, sometimes decimals and large values. */
const number = fc.oneof(
  { weight: 4, arbitrary: small },
  { weight: 1, arbitrary: fc.constantFrom(1.5, -0.25, 0.1, 1e15, 12345678901234) },
);
const word = fc.constantFrom('', 'x', 'xy', 'y', 'é');
const tag = fc.constantFrom('a', 'b', 'c');

export const attributesArb: fc.Arbitrary<AttributesData> = fc.record(
  {
    n: number,
    s: word,
    tags: fc.uniqueArray(tag, { minLength: 1, maxLength: 3 }).map((tags) => new Set(tags)),
    list: fc.array(number, { maxLength: 3 }),
    m: fc.record({ a: small }),
    flag: fc.boolean(),
  },
  { requiredKeys: [] },
);

const leafCondition: fc.Arbitrary<ConditionData> = fc.oneof(
  fc.record({ op: fc.constantFrom('eq', 'ne', 'lt', 'ge'), attr: fc.constant('n'), value: small }),
  fc.record({ op: fc.constantFrom('eq', 'ne', 'lt', 'ge'), attr: fc.constant('s'), value: word }),
  fc.record({ op: fc.constant('between'), low: small, high: small }).filter((c) => c.low <= c.high),
  fc.record({
    op: fc.constant('in'),
    values: fc.uniqueArray(small, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    op: fc.constantFrom('exists', 'notExists'),
    // Key attributes too: a query filter may not name them (a scan filter or a condition may).
    attr: fc.constantFrom('n', 's', 'tags', 'list', 'm', 'PK', 'SK'),
  }),
  fc.record({ op: fc.constant('beginsWith'), prefix: fc.constantFrom('x', 'y') }),
  fc.record({
    op: fc.constant('contains'),
    attr: fc.constantFrom('tags', 's'),
    value: fc.constantFrom('a', 'x', 'y'),
  }),
  fc.record({
    op: fc.constant('sizeGt'),
    attr: fc.constantFrom('list', 'tags', 's'),
    size: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({
    op: fc.constant('type'),
    attr: fc.constantFrom('n', 's', 'm'),
    type: fc.constantFrom('N', 'S', 'M'),
  }),
  fc.record({ op: fc.constant('nested'), value: small }),
) as fc.Arbitrary<ConditionData>;

export const conditionArb: fc.Arbitrary<ConditionData> = fc.oneof(
  { weight: 3, arbitrary: leafCondition },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constantFrom('and', 'or'),
      left: leafCondition,
      right: leafCondition,
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('not'), inner: leafCondition }) },
) as fc.Arbitrary<ConditionData>;

export const changesArb: fc.Arbitrary<ChangesData> = fc
  .record(
    {
      set: fc.record(
        { n: number, s: word, flag: fc.boolean(), m: fc.record({ a: number }) },
        { requiredKeys: [] },
      ),
      ifNotExists: small,
      listAppend: fc.array(small, { minLength: 1, maxLength: 2 }),
      listPrepend: fc.array(small, { minLength: 1, maxLength: 2 }),
      remove: fc.uniqueArray(fc.constantFrom('s', 'tags', 'list', 'm', 'm.a'), {
        minLength: 1,
        maxLength: 2,
      }),
      add: fc.record(
        { n: number, tags: fc.uniqueArray(tag, { minLength: 1, maxLength: 2 }) },
        { requiredKeys: [] },
      ),
      delete: fc.uniqueArray(tag, { minLength: 1, maxLength: 2 }),
    },
    { requiredKeys: [] },
  )
  .filter(noConflicts);

function noConflicts(changes: ChangesData): boolean {
  const written = [
    ...Object.keys(changes.set ?? {}),
    ...(changes.ifNotExists === undefined ? [] : ['n']),
    ...(changes.listAppend === undefined && changes.listPrepend === undefined ? [] : ['list']),
    ...(changes.listAppend !== undefined && changes.listPrepend !== undefined ? ['list'] : []),
    ...(changes.remove ?? []).map((path) => path.split('.')[0]),
    ...Object.keys(changes.add ?? {}),
    ...(changes.delete === undefined ? [] : ['tags']),
  ];
  return new Set(written).size === written.length && written.length > 0;
}
