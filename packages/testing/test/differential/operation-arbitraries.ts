import * as fc from 'fast-check';
import type {
  KeyRef,
  Operation,
  QueryData,
  SortKeyData,
  TransactActionData,
} from './differential-operations.js';
import { attributesArb, changesArb, conditionArb, pkArb, skArb } from './value-arbitraries.js';

/** Arbitrary operations and sequences of them, on the small key space. */

const sortKeyArb: fc.Arbitrary<SortKeyData> = fc.oneof(
  fc.record({ kind: fc.constantFrom('eq', 'lt', 'le', 'gt', 'ge'), key: skArb }),
  fc.record({
    kind: fc.constant('prefix'),
    entity: fc.constantFrom('GROUP', 'ORDER', 'USER'),
    value: fc.constantFrom('', '1', 'g'),
  }),
  fc.record({
    kind: fc.constant('between'),
    entity: fc.constant('ORDER'),
    low: fc.constantFrom('1', '2'),
    high: fc.constantFrom('2', '3'),
  }),
) as fc.Arbitrary<SortKeyData>;

const inverseKeyArb = fc.constantFrom<KeyRef>(
  ['GROUP', 'g'],
  ['GROUP', 'h'],
  ['ORDER', '1'],
  ['USER', 'a'],
);
const inverseSortKeyArb: fc.Arbitrary<SortKeyData> = fc.oneof(
  fc.record({ kind: fc.constantFrom('eq', 'lt', 'gt', 'ge'), key: pkArb }),
  fc.record({
    kind: fc.constant('prefix'),
    entity: fc.constantFrom('USER', 'GROUP'),
    value: fc.constantFrom('', 'a'),
  }),
) as fc.Arbitrary<SortKeyData>;

/** Mostly absent: a query with a filter and a sort key condition rarely finds anything. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 2, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const queryOptions = {
  filter: sometimes(conditionArb),
  attributes: fc.uniqueArray(fc.constantFrom('n', 's', 'tags', 'm.a', 'PK', 'SK'), {
    minLength: 1,
    maxLength: 3,
  }),
  reverse: fc.boolean(),
  limit: fc.integer({ min: 1, max: 4 }),
  pageSize: fc.integer({ min: 1, max: 3 }),
} as const;

const queryArb: fc.Arbitrary<QueryData> = fc.oneof(
  fc.record(
    { inverse: fc.constant(false), pk: pkArb, sortKey: sometimes(sortKeyArb), ...queryOptions },
    { requiredKeys: ['inverse', 'pk'] },
  ),
  fc.record(
    {
      inverse: fc.constant(true),
      pk: inverseKeyArb,
      sortKey: sometimes(inverseSortKeyArb),
      ...queryOptions,
    },
    { requiredKeys: ['inverse', 'pk'] },
  ),
);

const keyPairArb = fc.tuple(pkArb, skArb);
const uniqueKeys = (max: number, min = 1) =>
  fc.uniqueArray(keyPairArb, {
    minLength: min,
    maxLength: max,
    selector: ([pk, sk]) => `${pk.join()}|${sk.join()}`,
  });

const transactActionArb: fc.Arbitrary<TransactActionData> = fc.oneof(
  fc.record(
    {
      kind: fc.constantFrom('insert', 'put'),
      pk: pkArb,
      sk: skArb,
      attributes: attributesArb,
      condition: conditionArb,
    },
    { requiredKeys: ['kind', 'pk', 'sk', 'attributes'] },
  ),
  fc.record(
    {
      kind: fc.constant('update'),
      pk: pkArb,
      sk: skArb,
      changes: changesArb,
      condition: conditionArb,
      mustExist: fc.boolean(),
    },
    { requiredKeys: ['kind', 'pk', 'sk', 'changes'] },
  ),
  fc.record(
    {
      kind: fc.constant('delete'),
      pk: pkArb,
      sk: skArb,
      condition: conditionArb,
      idempotent: fc.boolean(),
    },
    { requiredKeys: ['kind', 'pk', 'sk'] },
  ),
  fc.record({ kind: fc.constant('check'), pk: pkArb, sk: skArb, condition: conditionArb }),
) as fc.Arbitrary<TransactActionData>;

/** One random operation on the small key space. */
export const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        kind: fc.constant('put'),
        pk: pkArb,
        sk: skArb,
        attributes: attributesArb,
        allowOverwrite: fc.boolean(),
        condition: conditionArb,
      },
      { requiredKeys: ['kind', 'pk', 'sk', 'attributes'] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert'),
      pk: pkArb,
      sk: skArb,
      attributes: attributesArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      { kind: fc.constant('get'), pk: pkArb, sk: skArb, attributes: queryOptions.attributes },
      { requiredKeys: ['kind', 'pk', 'sk'] },
    ),
  },
  {
    weight: 4,
    arbitrary: fc.record(
      {
        kind: fc.constant('update'),
        pk: pkArb,
        sk: skArb,
        changes: changesArb,
        condition: conditionArb,
        mustExist: fc.boolean(),
        returnValues: fc.constantFrom('NONE', 'ALL_OLD', 'UPDATED_OLD', 'ALL_NEW', 'UPDATED_NEW'),
      },
      { requiredKeys: ['kind', 'pk', 'sk', 'changes'] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        kind: fc.constant('delete'),
        pk: pkArb,
        sk: skArb,
        idempotent: fc.boolean(),
        condition: conditionArb,
      },
      { requiredKeys: ['kind', 'pk', 'sk'] },
    ),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constantFrom('query', 'queryPages'), query: queryArb }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        kind: fc.constant('queryPrefix'),
        inverse: fc.boolean(),
        pk: pkArb,
        entity: fc.constantFrom('GROUP', 'ORDER', 'USER'),
        limit: queryOptions.limit,
      },
      { requiredKeys: ['kind', 'inverse', 'pk', 'entity'] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('batchGet'), keys: uniqueKeys(5) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('batchWrite'),
      writes: uniqueKeys(4).chain((keys) =>
        fc.tuple(
          ...keys.map(([pk, sk]) =>
            fc.record(
              { pk: fc.constant(pk), sk: fc.constant(sk), put: attributesArb },
              { requiredKeys: ['pk', 'sk'] },
            ),
          ),
        ),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        kind: fc.constant('transactGet'),
        keys: uniqueKeys(4),
        attributes: queryOptions.attributes,
      },
      { requiredKeys: ['kind', 'keys'] },
    ),
  },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        kind: fc.constant('transact'),
        actions: fc.array(transactActionArb, { minLength: 1, maxLength: 3 }),
        resend: fc.constantFrom('same', 'changed'),
      },
      { requiredKeys: ['kind', 'actions'] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record(
      {
        kind: fc.constant('scan'),
        segments: fc.integer({ min: 1, max: 3 }),
        pageSize: queryOptions.pageSize,
        filter: conditionArb,
        inverse: fc.boolean(),
      },
      { requiredKeys: ['kind'] },
    ),
  },
) as fc.Arbitrary<Operation>;

/** Items written first, so that reads, conditions and queries find several items. */
const setupArb: fc.Arbitrary<Operation> = uniqueKeys(14, 6).chain((keys) =>
  fc.tuple(...keys.map(() => attributesArb)).map((attributes) => ({
    kind: 'batchWrite' as const,
    writes: keys.map(([pk, sk], index) => ({ pk, sk, put: attributes[index] })),
  })),
);

/** A sequence of operations: a batch of items, then random operations on them. */
export const sequenceArb: fc.Arbitrary<Operation[]> = fc
  .tuple(setupArb, fc.array(operationArb, { minLength: 1, maxLength: 12 }))
  .map(([setup, operations]) => [setup, ...operations]);
