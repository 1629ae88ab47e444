import 'reflect-metadata';
import { type Table, ValidationError } from '@dokklib/core';
import { EntityManager } from '@dokklib/decorators';
import fc from 'fast-check';
import { createLocalTable } from '../packages/core/test/local-table.js';
import { Sample, SampleChild } from './support/reliability-entities.js';
import { assertProperty } from './support/property.js';
import { reliabilityCase } from './support/reliability-case.js';

const AREA = 'Property: items';
let table: Table;
let em: EntityManager;
let run = 0;

beforeAll(async () => {
  table = await createLocalTable();
  em = new EntityManager(table);
});

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const text = fc.string({ unit: 'binary', maxLength: 20 });
/** Map keys; names of Object.prototype members are refused (see ITEM-3). */
const OBJECT_MEMBERS = new Set(Object.getOwnPropertyNames(Object.prototype));
const mapKey = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }),
    fc.constantFrom('a.b', 'a b', '#n0', ':v0'),
  )
  .filter((k) => !OBJECT_MEMBERS.has(k));
/** Numbers the SDK writes as numbers (see the numbers cases for the others); no -0. */
const number = fc
  .double({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, noNaN: true })
  .filter((x) => !Object.is(x, -0) && (x === 0 || Math.abs(x) >= 1e-129));
const scalar = fc.oneof(text, number, fc.boolean(), fc.constant(null));
const nested: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(mapKey, tie('value'), { maxKeys: 3 }),
  ),
})).value;
const date = fc.date({ noInvalidDate: true, min: new Date(-8e15), max: new Date(8e15) });
const stringSet = fc.uniqueArray(text, { maxLength: 4 }).map((values) => new Set(values));

const child = (depth: number): fc.Arbitrary<SampleChild> =>
  fc
    .record({
      label: text,
      at: date,
      tags: stringSet,
      child: depth > 0 ? optional(child(depth - 1)) : fc.constant(undefined),
    })
    .map((fields) => Object.assign(new SampleChild(), fields));

const samples = fc
  .record({
    text: optional(text),
    count: optional(number),
    flag: optional(fc.boolean()),
    nothing: optional(fc.constant(null)),
    list: optional(fc.array(nested, { maxLength: 4 })),
    map: optional(fc.dictionary(mapKey, nested, { maxKeys: 4 })),
    child: optional(child(1)),
    names: optional(stringSet),
    scores: optional(fc.uniqueArray(number, { minLength: 1, maxLength: 4 }).map((v) => new Set(v))),
    when: optional(date),
  })
  .map((fields) => Object.assign(new Sample(), fields));

/** What reading back must give: the sample, with a top-level empty set left out. */
function expectedOf(sample: Sample): Sample {
  const expected = Object.assign(new Sample(), sample);
  if (expected.names?.size === 0) expected.names = undefined;
  return expected;
}

reliabilityCase(
  {
    id: 'ITEM-1',
    area: AREA,
    case: 'Arbitrary decorated entities (unicode and empty strings, numbers, booleans, null, lists, nested maps, a nested class via @Type with a Date and a Set, string and number Sets, Dates, optional properties left undefined) written with EntityManager.put and read with get',
    expected:
      'An equal instance comes back. Decision: a top-level empty Set is left out and reads back as undefined; Sets inside nested classes are stored as DynamoDB sets (an empty one as a list, restored by @Type)',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.asyncProperty(samples, async (sample) => {
        run += 1;
        sample.id = `s${run}`;
        const expected = expectedOf(sample);
        await em.put(sample);
        const read = await em.get(Sample, { id: sample.id }, { consistent: true });
        expect(read).toBeInstanceOf(Sample);
        expect(read?.child === undefined || read.child instanceof SampleChild).toBe(true);
        expect(read).toEqual(expected);
      }),
      150,
    ),
  180_000,
);

reliabilityCase(
  {
    id: 'ITEM-2',
    area: AREA,
    case: 'An empty Set given to core (Table.put attributes, nested in a map or list, update set values, condition values)',
    expected:
      "ValidationError before sending (DynamoDB has no empty sets), not the SDK's marshalling error",
  },
  async () => {
    const { PartitionKey, SortKey, EntityName, attr } = await import('@dokklib/core');
    const thing = new EntityName('THING');
    const pk = new PartitionKey(thing, 'empty-set');
    const sk = new SortKey(thing, 'empty-set');
    const send = jest.spyOn(table.client, 'send');
    const attempts = [
      () => table.put(pk, sk, { tags: new Set() }),
      () => table.put(pk, sk, { nested: { deeper: [1, new Set()] } }),
      () => table.update(pk, sk, { set: { nested: { tags: new Set() } } }),
      () => table.delete(pk, sk, { condition: attr('tags').eq(new Set()) }),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toBeInstanceOf(ValidationError);
    expect(send).not.toHaveBeenCalled();
    send.mockRestore();
  },
);

reliabilityCase(
  {
    id: 'ITEM-3',
    area: AREA,
    case: 'Map keys that name Object.prototype members (constructor, toString, valueOf, __proto__…) in a decorated entity, and a "__proto__" map key or attribute name given to core (put, update)',
    expected:
      'ValidationError before sending, naming the path (class-transformer would crash on them or silently drop them on read; the SDK drops "__proto__")',
  },
  async (notes) => {
    const { PartitionKey, SortKey, EntityName } = await import('@dokklib/core');
    const send = jest.spyOn(table.client, 'send');
    const names = Object.getOwnPropertyNames(Object.prototype);
    for (const key of names) {
      const map = JSON.parse(`{"${key}": 1}`) as Record<string, unknown>;
      const sample = Object.assign(new Sample(), { id: 'member-key', list: [{ ok: map }] });
      await expect(em.put(sample)).rejects.toBeInstanceOf(ValidationError);
    }
    const thing = new EntityName('THING');
    const proto = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    await expect(
      table.put(new PartitionKey(thing, 'p'), new SortKey(thing, 'p'), { m: proto }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      table.update(new PartitionKey(thing, 'p'), new SortKey(thing, 'p'), {
        set: JSON.parse('{"__proto__": 1}') as Record<string, number>,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(send).not.toHaveBeenCalled();
    send.mockRestore();
    notes.keysRefused = names.length + 1;
  },
);
