import 'reflect-metadata';
import {
  type Attributes,
  DokklibError,
  EntityName,
  PartitionKey,
  SortKey,
  ValidationError,
} from '@dokklib/core';
import {
  Attribute,
  Entity,
  EntityManager,
  KeyProps,
  PartitionKey as KeyProperty,
} from '@dokklib/decorators';
import fc from 'fast-check';
import { assertProperty } from './support/property.js';
import { type CaseRow, reliabilityCase } from './support/reliability-case.js';
import {
  dynamoDBLocalStore,
  inMemoryStore,
  type StoreUnderTest,
} from './support/store-under-test.js';
import { storedForm, mapForm } from './support/stored-form.js';
import { anyAttributes } from './support/value-arbitraries.js';

const AREA = 'Property: stored exactly, or refused before sending';
const RUNS = 500;

/** What a case counted, for the report. */
interface Tally {
  stored: number;
  refused: number;
  byCode: Record<string, number>;
}

/** One store's outcome for one value: `'stored'`, or the code it was refused with. */
type Outcome = string;

/**
 * Writes with `write`; either the store keeps the values and `read` gives them back in the
 * {@link storedForm} as `expected`, or `write` throws core's ValidationError and nothing was sent.
 */
async function storedExactlyOrRefused(
  store: StoreUnderTest,
  write: () => Promise<unknown>,
  read: () => Promise<Attributes | undefined>,
  expected: Attributes,
): Promise<Outcome> {
  const sentBefore = store.sends();
  try {
    await write();
  } catch (error) {
    expect(error).toBeInstanceOf(DokklibError);
    expect(error).toBeInstanceOf(ValidationError); // core's own check, not a failed request
    expect(store.sends()).toBe(sentBefore); // refused before any request was sent
    return (error as DokklibError).code;
  }
  const item = (await read()) ?? {};
  expect({ M: mapForm(Object.entries(item)) }).toEqual(storedForm(expected));
  return 'stored';
}

function count(tally: Tally, outcome: Outcome): void {
  if (outcome === 'stored') {
    tally.stored += 1;
    return;
  }
  tally.refused += 1;
  tally.byCode[outcome] = (tally.byCode[outcome] ?? 0) + 1;
}

function notesOf(tally: Tally, disagreements: number): Record<string, number> {
  return { stored: tally.stored, refused: tally.refused, disagreements, ...tally.byCode };
}

/** One way of writing arbitrary values to a new item and reading them back. */
interface Path {
  write(store: StoreUnderTest, id: string, attributes: Attributes): Promise<unknown>;
  read(store: StoreUnderTest, id: string): Promise<Attributes | undefined>;
  /** What reading back must give for the values written (the values themselves if absent). */
  expected?(attributes: Attributes): Attributes;
}

const Thing = new EntityName('THING');
const key = (id: string) => ({ pk: new PartitionKey(Thing, id), sk: new SortKey(Thing, 'v') });

/** Table.put, then Table.get without the key attributes. */
const TABLE_PUT: Path = {
  write: (store, id, attributes) => store.put(key(id).pk, key(id).sk, attributes),
  read: async (store, id) => withoutKey(await store.get(key(id).pk, key(id).sk)),
};

/** Table.update ({ set }) on a new item, then Table.get. */
const TABLE_UPDATE: Path = {
  write: (store, id, attributes) => store.update(key(id).pk, key(id).sk, { set: attributes }),
  read: TABLE_PUT.read,
};

/** Holds arbitrary values in an untyped map property. */
@Entity('HOLDER')
class ValueHolder {
  declare [KeyProps]?: 'id';
  @KeyProperty() id!: string;
  @Attribute() values?: Record<string, unknown>;
}

const managers = new WeakMap<StoreUnderTest, EntityManager>();
const managerOf = (store: StoreUnderTest): EntityManager => {
  let manager = managers.get(store);
  if (manager === undefined) managers.set(store, (manager = new EntityManager(store.table)));
  return manager;
};

/**
 * EntityManager.insert of an entity holding the values in a map property, then
 * EntityManager.get. Dates, at any depth of an untyped map, are stored as ISO-8601 text
 * (documented): that is what reads back.
 */
const ENTITY_INSERT: Path = {
  write: (store, id, attributes) =>
    managerOf(store).insert(Object.assign(new ValueHolder(), { id, values: attributes })),
  read: async (store, id) => {
    const holder = await managerOf(store).get(ValueHolder, { id }, { consistent: true });
    return holder?.values;
  },
  expected: (attributes) => datesAsText(attributes) as Attributes,
};

/** `value` with each `Date` in it, at any depth, as its ISO-8601 text. */
function datesAsText(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) return value;
  if (value instanceof Set) return new Set([...value].map(datesAsText));
  if (Array.isArray(value)) return Array.from(value, datesAsText);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, datesAsText(v)]));
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value; // NumberValue, class instances
  const copy: Record<string, unknown> = {};
  for (const [name, element] of Object.entries(value)) {
    Object.defineProperty(copy, name, { value: datesAsText(element), enumerable: true });
  }
  return copy;
}

function withoutKey(item: Attributes | undefined): Attributes | undefined {
  if (item === undefined) return undefined;
  const { PK: _pk, SK: _sk, ...rest } = item;
  return rest;
}

/**
 * Registers a case: `RUNS` arbitrary values written along `path` to DynamoDB Local and to
 * the in-memory store; on each, stored exactly or refused before sending, and both alike.
 */
function exactCase(row: CaseRow, path: Path): void {
  let local: StoreUnderTest;
  let memory: StoreUnderTest;
  let run = 0;
  beforeAll(async () => {
    local = await dynamoDBLocalStore();
    memory = inMemoryStore();
  });
  reliabilityCase(
    row,
    async (notes) => {
      const tally: Tally = { stored: 0, refused: 0, byCode: {} };
      let disagreements = 0;
      try {
        await assertProperty(
          notes,
          fc.asyncProperty(anyAttributes, async (attributes) => {
            run += 1;
            const id = `${row.id}-${run}`;
            const outcomes: Outcome[] = [];
            for (const store of [local, memory]) {
              const outcome = await storedExactlyOrRefused(
                store,
                () => path.write(store, id, attributes),
                () => path.read(store, id),
                path.expected?.(attributes) ?? attributes,
              );
              outcomes.push(outcome);
            }
            if (outcomes[0] !== outcomes[1]) disagreements += 1;
            expect({ memory: outcomes[1] }).toEqual({ memory: outcomes[0] });
            count(tally, outcomes[0]);
          }),
          RUNS,
        );
      } finally {
        Object.assign(notes, notesOf(tally, disagreements));
      }
    },
    120_000,
  );
}

const BOTH = 'on DynamoDB Local and on the in-memory store';
const AGREE = 'and both stores give the same outcome (stored, or the same error code)';

describe('stored exactly, or refused before sending', () => {
  exactCase(
    {
      id: 'EXACT-1',
      area: AREA,
      case: `Arbitrary JavaScript values (Maps, Sets of every kind, Dates, class instances, Symbols, functions, undefined and holes in lists, -0, NaN, bigints, NumberValues of up to 40 digits, lone surrogates, huge and tiny numbers, deep nesting, odd and empty names) written by Table.put and read by Table.get, ${BOTH}`,
      expected: `Either read back equal (numbers by exact value, -0 as 0, sets unordered, Maps as maps, undefined map entries absent) or refused with a ValidationError with no request sent (sends counted by a client middleware; on the in-memory store, requests reaching it), ${AGREE}`,
    },
    TABLE_PUT,
  );

  exactCase(
    {
      id: 'EXACT-2',
      area: AREA,
      case: `The same arbitrary values set on a new item by Table.update ({ set }), ${BOTH}`,
      expected: `Either read back equal (an undefined value removes, so it is absent) or refused with a ValidationError with no request sent, ${AGREE}`,
    },
    TABLE_UPDATE,
  );

  exactCase(
    {
      id: 'EXACT-3',
      area: AREA,
      case: `The same arbitrary values held in an untyped map property of an entity (\`Record<string, unknown>\`), written by EntityManager.insert and read by EntityManager.get, ${BOTH}`,
      expected: `Either read back equal (Dates at any depth as ISO-8601 text, as documented; Sets as Sets) or refused with a ValidationError with no request sent, ${AGREE}`,
    },
    ENTITY_INSERT,
  );
});
