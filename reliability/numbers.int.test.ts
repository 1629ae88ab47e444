import 'reflect-metadata';
import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { canonicalDecimal, EntityName, PartitionKey, SortKey, type Table } from '@dokklib/core';
import { EntityManager } from '@dokklib/decorators';
import fc from 'fast-check';
import { createLocalTable } from '../packages/core/test/local-table.js';
import { Numbers } from './support/reliability-entities.js';
import { assertProperty } from './support/property.js';
import { reliabilityCase } from './support/reliability-case.js';

const AREA = 'Property: numbers';
const Thing = new EntityName('THING');
let table: Table;
let em: EntityManager;
let run = 0;

beforeAll(async () => {
  table = await createLocalTable({ timestamps: false });
  em = new EntityManager(table);
});

/** Integers DynamoDB stores (up to 38 digits) that a JavaScript number cannot hold exactly. */
const bigIntegers = fc
  .bigInt({ min: -(10n ** 38n) + 1n, max: 10n ** 38n - 1n })
  .filter((n) => n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER));

/** Decimals of 16 to 38 significant digits, in DynamoDB's range. */
const longDecimals = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^[1-9][0-9]{15,37}$/),
    fc.integer({ min: -100, max: 100 }),
  )
  .map(([negative, digits, exponent]) => `${negative ? '-' : ''}0.${digits}e${exponent}`)
  .map((text) => NumberValue.from(text));

/** JavaScript numbers the SDK writes (within ±2^53 − 1) and DynamoDB stores (no -0: it has one zero). */
const doubles = fc
  .double({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, noNaN: true })
  .filter((x) => !Object.is(x, -0) && (x === 0 || Math.abs(x) >= 1e-129));

const key = () => {
  run += 1;
  return { pk: new PartitionKey(Thing, `n${run}`), sk: new SortKey(Thing, 'n') };
};

/** A number read back as its exact decimal text, whatever type it came back as. */
const exact = (value: unknown): string => canonicalDecimal(String(value));

reliabilityCase(
  {
    id: 'NUM-1',
    area: AREA,
    case: 'Integers beyond 2^53 − 1 (bigint, up to 38 digits), decimals of 16–38 significant digits (NumberValue) and arbitrary doubles, written by Table.put and read by Table.get',
    expected:
      'Read back with the same exact value (bigint beyond ±2^53 − 1, NumberValue for decimals a double would round, number otherwise), never rounded; what was read writes back unchanged',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.asyncProperty(bigIntegers, longDecimals, doubles, async (integer, decimal, double) => {
        const { pk, sk } = key();
        await table.put(pk, sk, { integer, decimal, double, set: new Set([integer]) });
        const item = await table.get(pk, sk, { consistent: true });
        expect(item?.integer).toBe(integer);
        expect(exact(item?.decimal)).toBe(exact(decimal));
        expect(item?.double).toBe(double);
        expect(item?.set).toEqual(new Set([integer]));
        const { PK: _pk, SK: _sk, ...asRead } = item!;
        await table.put(pk, sk, asRead); // what was read can be written back unchanged
        expect(await table.get(pk, sk, { consistent: true })).toEqual(item);
      }),
      60,
    ),
  120_000,
);

reliabilityCase(
  {
    id: 'NUM-2',
    area: AREA,
    case: 'The same numbers through the decorators: an entity with bigint, NumberValue and number properties, EntityManager.put then get',
    expected: 'The entity read back holds the same exact values',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.asyncProperty(bigIntegers, longDecimals, doubles, async (integer, decimal, plain) => {
        run += 1;
        const id = `e${run}`;
        await em.put(Object.assign(new Numbers(), { id, integer, decimal, plain }));
        const read = await em.get(Numbers, { id }, { consistent: true });
        expect(read?.integer).toBe(integer);
        expect(exact(read?.decimal)).toBe(exact(decimal));
        expect(read?.plain).toBe(plain);
      }),
      60,
    ),
  120_000,
);

reliabilityCase(
  {
    id: 'NUM-3',
    area: AREA,
    case: 'A JavaScript number that is an unsafe integer (beyond 2^53) given to Table.put',
    expected:
      'Rejected with a typed ValidationError before sending (it may already be rounded; pass a bigint or NumberValue)',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.asyncProperty(
        fc
          .double({ min: 2 ** 53 + 2, max: 1e30, noNaN: true })
          .filter((x) => !Number.isSafeInteger(x) && Number.isInteger(x)),
        async (unsafe) => {
          const { pk, sk } = key();
          await expect(table.put(pk, sk, { unsafe })).rejects.toMatchObject({
            code: 'validation.invalidInput',
          });
        },
      ),
      50,
    ),
);
