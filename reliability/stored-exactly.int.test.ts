import {
  type Attributes,
  DokklibError,
  EntityName,
  PartitionKey,
  SortKey,
  ValidationError,
} from '@dokklib/core';
import fc from 'fast-check';
import { assertProperty } from './support/property.js';
import { type CaseRow, reliabilityCase } from './support/reliability-case.js';
import { dynamoDBLocalStore, type StoreUnderTest } from './support/store-under-test.js';
import { storedForm, mapForm } from './support/stored-form.js';
import { anyAttributes } from './support/value-arbitraries.js';

const AREA = 'Property: stored exactly, or refused before sending';
const Thing = new EntityName('THING');
/** The stores the cases run against: add a factory to run them on another store too. */
const STORES: readonly (() => Promise<StoreUnderTest>)[] = [dynamoDBLocalStore];
const RUNS = 500;

/** What a case counted, for the report. */
interface Tally {
  stored: number;
  refused: number;
  byCode: Record<string, number>;
}

/**
 * Writes `attributes` with `write`; either DynamoDB stores them and the item reads back in
 * the same {@link storedForm}, or `write` throws a DokklibError and nothing was sent.
 */
async function storedExactlyOrRefused(
  store: StoreUnderTest,
  tally: Tally,
  write: () => Promise<unknown>,
  read: () => Promise<Attributes | undefined>,
  attributes: Attributes,
): Promise<void> {
  const sentBefore = store.sends();
  try {
    await write();
  } catch (error) {
    expect(error).toBeInstanceOf(DokklibError);
    expect(error).toBeInstanceOf(ValidationError); // core's own check, not a failed request
    expect(store.sends()).toBe(sentBefore); // refused before any request was sent
    tally.refused += 1;
    const code = (error as DokklibError).code;
    tally.byCode[code] = (tally.byCode[code] ?? 0) + 1;
    return;
  }
  const { PK: _pk, SK: _sk, ...item } = (await read()) ?? {};
  expect({ M: mapForm(Object.entries(item)) }).toEqual(storedForm(attributes));
  tally.stored += 1;
}

function notesOf(tally: Tally): Record<string, number> {
  return { stored: tally.stored, refused: tally.refused, ...tally.byCode };
}

/** A write of arbitrary attributes to one new item. */
type Write = (
  store: StoreUnderTest,
  pk: PartitionKey,
  sk: SortKey,
  attributes: Attributes,
) => Promise<unknown>;

/** Registers a case: `RUNS` arbitrary items written with `write`, each stored exactly or refused. */
function exactCase(
  row: CaseRow,
  store: () => StoreUnderTest,
  write: Write,
  key: () => { pk: PartitionKey; sk: SortKey },
): void {
  reliabilityCase(
    row,
    async (notes) => {
      const tally: Tally = { stored: 0, refused: 0, byCode: {} };
      try {
        await assertProperty(
          notes,
          fc.asyncProperty(anyAttributes, async (attributes) => {
            const { pk, sk } = key();
            await storedExactlyOrRefused(
              store(),
              tally,
              () => write(store(), pk, sk, attributes),
              () => store().get(pk, sk),
              attributes,
            );
          }),
          RUNS,
        );
      } finally {
        Object.assign(notes, notesOf(tally));
      }
    },
    60_000,
  );
}

for (const makeStore of STORES) {
  describe(`on ${makeStore.name}`, () => {
    let store: StoreUnderTest;
    let run = 0;
    const key = () => {
      run += 1;
      return { pk: new PartitionKey(Thing, `v${run}`), sk: new SortKey(Thing, 'v') };
    };

    beforeAll(async () => {
      store = await makeStore();
    });

    exactCase(
      {
        id: 'EXACT-1',
        area: AREA,
        case: 'Arbitrary JavaScript values (Maps, Sets of every kind, Dates, class instances, Symbols, functions, undefined and holes in lists, -0, NaN, bigints, NumberValues of up to 40 digits, lone surrogates, huge and tiny numbers, deep nesting, odd and empty names) written by Table.put and read by Table.get',
        expected:
          'Either read back equal (numbers by exact value, -0 as 0, sets unordered, Maps as maps, undefined map entries absent) or refused with a ValidationError with no request sent (sends counted by a client middleware)',
      },
      () => store,
      (target, pk, sk, attributes) => target.put(pk, sk, attributes),
      key,
    );

    exactCase(
      {
        id: 'EXACT-2',
        area: AREA,
        case: 'The same arbitrary values set on a new item by Table.update ({ set })',
        expected:
          'Either read back equal (an undefined value removes, so it is absent) or refused with a ValidationError with no request sent',
      },
      () => store,
      (target, pk, sk, attributes) => target.update(pk, sk, { set: attributes }),
      key,
    );
  });
}
