import 'reflect-metadata';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { NumberValue } from '@aws-sdk/lib-dynamodb';
import { EntityName, GlobalSecondaryIndex, type Item, Table } from '@dokklib/core';
import { plainToInstance, Type, type TypeHelpOptions } from 'class-transformer';
import fc from 'fast-check';
import { treatInvalidDatesAsEqual } from '../../../../../test/invalid-dates-equal.js';
import { Attribute } from '../../metadata/attribute.js';
import { Entity } from '../../metadata/entity.js';
import { IndexKey } from '../../metadata/index-key.js';
import { paddedNumber } from '../../metadata/key-codec.js';
import { entityMetadata } from '../../metadata/metadata-registry.js';
import { PartitionKey } from '../../metadata/partition-key.js';
import { SortKey } from '../../metadata/sort-key.js';
import { TimeToLive } from '../../metadata/time-to-live.js';
import { entityThroughPlainObject, itemToEntity } from '../item-to-entity.js';
import { restoreTypes } from '../restore-types.js';
import { directItemToEntity } from './direct-item-to-entity.js';
import { itemReadPlan } from './item-read-plan.js';
import { NotDirect } from './not-direct.js';

class Part {
  label?: unknown;
  get computed(): string {
    return 'computed';
  }
}

abstract class Described {
  @Attribute() description?: unknown;
}

const callback = (): string => 'called';

/** A `@Type` function choosing `Part` or no type (class-transformer's typings want a class). */
function partOrNone(choose: (help: TypeHelpOptions) => boolean) {
  return (help?: TypeHelpOptions) => (choose(help!) ? Part : (undefined as unknown as typeof Part));
}

/** An entity with composite, coded and GSI keys, nested and chosen `@Type`s, defaults, dates and sets. */
@Entity('READING')
class Reading extends Described {
  @PartitionKey() id!: string;
  @SortKey({ order: 1 }) day!: string;
  @SortKey({ order: 2, codec: paddedNumber(3) }) seq!: number;
  @IndexKey('GSI_2', 'partition', new EntityName('GROUP')) group?: string;
  @IndexKey('GSI_2', 'sort', new EntityName('GROUP')) day2?: string;
  @Attribute() text?: unknown;
  @Attribute() withDefault: unknown = 'default';
  /** A function-valued field: class-transformer leaves it alone. */
  @Attribute() callback: unknown = callback;
  @Attribute() @Type(() => Part) part?: unknown;
  @Attribute({ name: 'parts_list' }) @Type(() => Part) parts?: Part[];
  @Attribute() kind?: unknown;
  /** A type chosen by the plain object's `kind`, as a `@Type` function may. */
  @Attribute()
  @Type(partOrNone((help) => (help.object as { kind?: unknown }).kind === 'part'))
  chosen?: unknown;
  /** A type chosen by how many properties the entity being built has. */
  @Attribute()
  @Type(partOrNone((help) => Object.keys(help.newObject).length % 2 === 0))
  counted?: unknown;
  @Attribute() when?: Date;
  @Attribute() tags?: Set<string>;
  @TimeToLive() expires?: Date;
  /** A stored property the class defines with a getter only: class-transformer leaves it alone. */
  @Attribute() get readOnly(): string {
    return 'computed';
  }
  /** A stored property behind a getter and a setter: class-transformer sets it. */
  @Attribute() get accessor(): unknown {
    return this.behind;
  }
  set accessor(value: unknown) {
    this.behind = value;
  }
  behind?: unknown;
}

const config = new Table('t', {
  client: new DynamoDBClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  }),
  globalIndexes: [new GlobalSecondaryIndex('GSI_2', 'GSI_2_PK', 'GSI_2_SK')],
}).config;
const metadata = entityMetadata(Reading);

/** Map keys, some that class-transformer treats specially (a `constructor` key defers to it). */
const key = fc.oneof(
  {
    arbitrary: fc.constantFrom('label', 'computed', 'kind', '__proto__', 'toString', 'then'),
    weight: 3,
  },
  { arbitrary: fc.constant('constructor'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 3 }), weight: 6 },
);

/** What a DynamoDB item holds after the document client's unmarshalling, and dates' texts. */
const scalar = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.constantFrom('part', '2024-05-01T12:00:00.000Z', '2024-02-30T00:00:00.000Z', 'not a date'),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.bigInt(),
);

/** Binary and exact numbers, which class-transformer would take apart. */
const opaque = fc.oneof(
  fc.integer().map((n) => new NumberValue(String(n))),
  fc.uint8Array({ maxLength: 3 }),
);

/** Values of `leaf`s in lists, maps and (unless `sets` is false) sets, nested a few levels. */
function values(leaf: fc.Arbitrary<unknown>, sets = true): fc.Arbitrary<unknown> {
  const set = fc
    .uniqueArray(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 })
    .map((a) => new Set(a));
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: 3 },
      leaf,
      fc.array(tie('value'), { maxLength: 3 }),
      sets ? set : leaf,
      fc.dictionary(key, tie('value'), { maxKeys: 3 }),
    ),
  }));
  return value;
}

/** A key attribute's text: with or without the prefix, its parts possibly missing or extra. */
const keyText = fc
  .tuple(
    fc.constantFrom('', 'READING#', 'GROUP#'),
    fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('007', '12')), {
      maxLength: 3,
    }),
  )
  .map(([prefix, parts]) => `${prefix}${parts.join('|')}`);

const attributeNames = [
  'description',
  'text',
  'withDefault',
  'callback',
  'part',
  'parts_list',
  'kind',
  'chosen',
  'counted',
  'when',
  'tags',
  'expires',
  'readOnly',
  'accessor',
];

function items(value: fc.Arbitrary<unknown>): fc.Arbitrary<Item> {
  return fc
    .tuple(
      fc.record(Object.fromEntries(attributeNames.map((name) => [name, value])), {
        requiredKeys: [],
      }),
      fc.record(
        { PK: keyText, SK: keyText, GSI_2_PK: keyText, GSI_2_SK: keyText, expires: fc.integer() },
        { requiredKeys: [] },
      ),
    )
    .map(([attributes, keys]) => ({ ...attributes, ...keys, _type: 'READING' }) as Item);
}

type Outcome = { readonly value: unknown; readonly keys: string[] } | { readonly error: string };

function outcome(read: () => Record<string, unknown>): Outcome {
  try {
    const entity = read();
    return { value: entity, keys: Object.keys(entity) };
  } catch (error) {
    return { error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}

/** class-transformer's own result: the plain object read from the item, through `plainToInstance`. */
function reference(read: Item): Record<string, unknown> {
  const entity = entityThroughPlainObject(config, metadata, read, (target, plain) =>
    plainToInstance(target, plain),
  );
  restoreTypes(metadata, entity);
  return entity;
}

treatInvalidDatesAsEqual();

describe('directItemToEntity', () => {
  it('has a read plan for classes that convert directly', () => {
    expect(itemReadPlan(config, metadata)).toBeDefined();
  });

  /** Checks that the direct read equals class-transformer's, or defers; returns how often it deferred. */
  function checkSame(item: fc.Arbitrary<Item>): number {
    const plan = itemReadPlan(config, metadata)!;
    let deferred = 0;
    fc.assert(
      fc.property(item, (read) => {
        const direct = outcome(() => {
          try {
            const entity = directItemToEntity(plan, read);
            restoreTypes(metadata, entity);
            return entity;
          } catch (error) {
            if (!(error instanceof NotDirect)) throw error;
            deferred += 1;
            return reference(read);
          }
        });
        expect(direct).toStrictEqual(outcome(() => reference(read)));
      }),
      { numRuns: 300 },
    );
    return deferred;
  }

  it('equals class-transformer on the plain object read from the item', () => {
    // A map with its own `constructor` key leaves the direct path, and so does a list in the
    // `@Type` properties declared `unknown` (class-transformer would make it a `new Object()`).
    expect(checkSame(items(values(scalar, false)))).toBeLessThan(250);
  });

  it('equals class-transformer with the Sets it copies as arrays put back, at any depth', () => {
    // A Set anywhere but as a Set property's value leaves the direct path (it is put back there).
    checkSame(items(values(scalar)));
  });

  it('equals class-transformer wherever it does not defer, binary and exact numbers included', () => {
    checkSame(items(values(fc.oneof(scalar, opaque))));
  });

  it('is what itemToEntity gives, binary and exact numbers kept as they are', () => {
    const bytes = new Uint8Array([1, 2]);
    const exact = new NumberValue('1.5');
    const read = {
      PK: 'READING#r1',
      SK: 'READING#2024-05-01|007',
      kind: 'part',
      chosen: { label: 'x', computed: 'ignored' },
      part: { label: bytes, list: [exact] },
      when: '2024-05-01T12:00:00.000Z',
      tags: ['a', 'b'],
      expires: 1_700_000_000,
    };
    const entity = itemToEntity(config, metadata, read);
    expect(entity).toBeInstanceOf(Reading);
    expect(entity).toMatchObject({ id: 'r1', day: '2024-05-01', seq: 7, withDefault: 'default' });
    expect(entity.chosen).toStrictEqual(Object.assign(new Part(), { label: 'x' }));
    expect(entity.part).toBeInstanceOf(Part);
    expect((entity.part as { label: unknown }).label).toBe(bytes);
    expect((entity.part as { list: unknown[] }).list[0]).toBe(exact);
    expect(entity.when).toEqual(new Date('2024-05-01T12:00:00.000Z'));
    expect(entity.tags).toEqual(new Set(['a', 'b']));
    expect(entity.expires).toEqual(new Date(1_700_000_000_000));
    expect(entity).toStrictEqual(reference(read));
  });
});
