import 'reflect-metadata';
import { EntityName, GlobalSecondaryIndex, type Table, ValidationError } from '@dokklib/core';
import fc from 'fast-check';
import { createLocalTable } from '../../../core/test/local-table.js';
import { inMemoryTable } from '../../../testing/src/in-memory/in-memory-table.js';
import { Order } from '../../test/entities.js';
import { Entity, KeyProps, PartitionKey, SortKey } from '../index.js';
import { COMPOSITE_KEY_SEPARATOR } from '../mapping/composite-key.js';
import { EntityManager } from './entity-manager.js';
import type { SortKeyRange } from './entity-query-options.js';

/** An event keyed by three sort key parts: SK = EVENT#<day>|<hour>|<id>. */
@Entity('EVENT')
class Event {
  declare [KeyProps]?: 'log' | 'day' | 'hour' | 'id';
  @PartitionKey(new EntityName('LOG')) log!: string;
  @SortKey({ order: 1 }) day!: string;
  @SortKey({ order: 2 }) hour!: string;
  @SortKey({ order: 3 }) id!: string;
}

type Parts = readonly [string, string, string];
const PART_NAMES = ['day', 'hour', 'id'] as const;

/**
 * Values around the boundaries: prefixes of each other, followed by characters before and
 * after `|` (`0`, `}`, `~`), and non-ASCII text whose UTF-8 and UTF-16 orders differ.
 */
const DAYS = [
  '2024-01-3',
  '2024-01-30',
  '2024-01-31',
  '2024-01-3}',
  '2024-01-3~',
  '2024-01-3a',
  '2024-01-3\u00e9',
  '2024-01-3\uff45',
  '2024-01-3\u{1f600}',
  '2024-01-2',
  '2024-01-4',
];
const HOURS = ['1', '10', '1}'];
const IDS = ['a', 'a0'];
const STORED: Parts[] = DAYS.flatMap((day) =>
  HOURS.flatMap((hour) => IDS.map((id): Parts => [day, hour, id])),
);
/** Bound values: the stored ones and some that are not stored. */
const BOUND_VALUES = [
  [...DAYS, '2024-01-35', '2024-01', '2024-01-3\u007f'],
  [...HOURS, '0', '2'],
  [...IDS, 'a\u{1f600}', 'b'],
] as const;

type Operator = 'eq' | 'lt' | 'le' | 'gt' | 'ge' | 'between';
/** A bound: one to three leading sort key parts. */
type Bound = readonly string[];
interface RangeQuery {
  readonly operator: Operator;
  readonly bounds: readonly Bound[];
  readonly reverse: boolean;
}

const boundArb: fc.Arbitrary<Bound> = fc
  .integer({ min: 1, max: 3 })
  .chain((count) =>
    fc.tuple(...BOUND_VALUES.slice(0, count).map((values) => fc.constantFrom(...values))),
  );
const queryArb: fc.Arbitrary<RangeQuery> = fc.record({
  operator: fc.constantFrom<Operator>('eq', 'lt', 'le', 'gt', 'ge', 'between'),
  bounds: fc.tuple(boundArb, boundArb),
  reverse: fc.boolean(),
});

/** The stored sort key value of an event, or of a bound's leading parts. */
const joined = (parts: readonly string[]): string => parts.join(COMPOSITE_KEY_SEPARATOR);
const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

/**
 * How stored `parts` compare with a bound, as DynamoDB orders the stored keys: 0 when the
 * leading parts equal the bound's; else by UTF-8 bytes of the parts up to the bound's
 * length, each part but the key's last followed by the separator as it is stored.
 */
function compareWithBound(parts: Parts, bound: Bound): number {
  const end = bound.length < parts.length ? COMPOSITE_KEY_SEPARATOR : '';
  const cut = joined(parts.slice(0, bound.length)) + end;
  return Buffer.compare(utf8(cut), utf8(joined(bound) + end));
}

/** The reference: the stored events the query means, filtered in the test. */
function expected(query: RangeQuery): Parts[] {
  const [first, second] = query.bounds;
  const keep = (parts: Parts): boolean => {
    const c = compareWithBound(parts, first);
    switch (query.operator) {
      case 'eq':
        return c === 0;
      case 'lt':
        return c < 0;
      case 'le':
        return c <= 0;
      case 'gt':
        return c > 0;
      case 'ge':
        return c >= 0;
      case 'between':
        return c >= 0 && compareWithBound(parts, second) <= 0;
    }
  };
  const found = STORED.filter(keep).sort((a, b) =>
    Buffer.compare(utf8(joined(a)), utf8(joined(b))),
  );
  return query.reverse ? found.reverse() : found;
}

const boundObject = (bound: Bound): Partial<Event> =>
  Object.fromEntries(bound.map((value, index) => [PART_NAMES[index], value]));

function sortKeyRange(query: RangeQuery): SortKeyRange<Event> {
  const [first, second] = query.bounds.map(boundObject);
  switch (query.operator) {
    case 'between':
      return { between: [first, second] } as SortKeyRange<Event>;
    case 'eq':
      throw new Error('eq is a query by leading key properties, not a range');
    default:
      return { [query.operator]: first } as SortKeyRange<Event>;
  }
}

async function run(em: EntityManager, query: RangeQuery): Promise<Parts[]> {
  const found =
    query.operator === 'eq'
      ? await em.query(
          Event,
          { log: 'l', ...boundObject(query.bounds[0]) },
          { reverse: query.reverse },
        )
      : await em.query(
          Event,
          { log: 'l' },
          { sortKey: sortKeyRange(query), reverse: query.reverse },
        );
  return found.map((event): Parts => [event.day, event.hour, event.id]);
}

/** The query's events, or `[]` where core refuses a `between` whose low bound sorts after its high one. */
async function runOrEmpty(em: EntityManager, query: RangeQuery): Promise<Parts[]> {
  try {
    return await run(em, query);
  } catch (error) {
    if (query.operator === 'between' && error instanceof ValidationError) return [];
    throw error;
  }
}

async function seed(table: Table): Promise<EntityManager> {
  const em = new EntityManager(table);
  const events = STORED.map(([day, hour, id]) =>
    Object.assign(new Event(), { log: 'l', day, hour, id }),
  );
  await em.batchWrite({ put: events });
  return em;
}

describe.each([
  ['DynamoDB Local', () => createLocalTable()],
  ['the in-memory store', async () => inMemoryTable().table],
])('sortKey ranges on leading parts of a composite sort key, on %s', (_name, createTable) => {
  let em: EntityManager;

  beforeAll(async () => {
    em = await seed(await createTable());
  });

  it('match what a reference filter over the stored items gives, for every operator', async () => {
    await fc.assert(
      fc.asyncProperty(queryArb, async (query) => {
        expect(await runOrEmpty(em, query)).toEqual(expected(query));
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  /** The days in stored key order: a value sorts after its extensions by characters below `|`. */
  const AFTER_31 = ['2024-01-3a', '2024-01-3', '2024-01-3}', '2024-01-3~', '2024-01-3\u00e9'];
  const LAST = ['2024-01-3\uff45', '2024-01-3\u{1f600}', '2024-01-4'];
  it.each([
    ['le', { le: { day: '2024-01-31' } }, ['2024-01-2', '2024-01-30', '2024-01-31']],
    ['lt', { lt: { day: '2024-01-31' } }, ['2024-01-2', '2024-01-30']],
    ['ge', { ge: { day: '2024-01-31' } }, ['2024-01-31', ...AFTER_31, ...LAST]],
    ['gt', { gt: { day: '2024-01-31' } }, [...AFTER_31, ...LAST]],
    ['between', { between: [{ day: '2024-01-3' }, { day: '2024-01-3' }] }, ['2024-01-3']],
  ] as const)('%s on the day alone takes or leaves whole days', async (_op, range, days) => {
    const found = await em.query(Event, { log: 'l' }, { sortKey: range as SortKeyRange<Event> });
    expect([...new Set(found.map((event) => event.day))]).toEqual(days);
    expect(found).toHaveLength(days.length * HOURS.length * IDS.length);
  });

  it('matches a day given as a key prefix exactly, not the days it is a prefix of', async () => {
    const found = await em.query(Event, { log: 'l', day: '2024-01-3' });
    expect([...new Set(found.map((event) => event.day))]).toEqual(['2024-01-3']);
  });
});

describe("the README's january example", () => {
  it('returns the orders of January 1 to 31, the 31st included', async () => {
    const gsi2 = new GlobalSecondaryIndex('GSI_2', 'GSI_2_PK', 'GSI_2_SK');
    const em = new EntityManager(await createLocalTable({ globalIndexes: [gsi2] }));
    const order = (date: string, number: number) =>
      Object.assign(new Order(), { user: 'alice', date, number, totalCents: 1 });
    await em.batchWrite({
      put: [
        order('2023-12-31', 1),
        order('2024-01-01', 2),
        order('2024-01-31', 3),
        order('2024-02-01', 4),
      ],
    });
    const january = await em.query(
      Order,
      { user: 'alice' },
      {
        sortKey: { between: [{ date: '2024-01-01' }, { date: '2024-01-31' }] },
        reverse: true,
        limit: 10,
      },
    );
    expect(january.map((o) => o.number)).toEqual([3, 2]);
  });
});
