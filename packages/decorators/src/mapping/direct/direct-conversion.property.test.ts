import 'reflect-metadata';
import { NumberValue } from '@aws-sdk/lib-dynamodb';
import {
  Exclude,
  Expose,
  instanceToPlain,
  plainToInstance,
  Transform,
  Type,
} from 'class-transformer';
import fc from 'fast-check';
import { treatInvalidDatesAsEqual } from '../../../../../test/invalid-dates-equal.js';
import { convertsDirectly } from './converts-directly.js';
import { directInstanceToPlain } from './direct-instance-to-plain.js';
import { directPlainToInstance } from './direct-plain-to-instance.js';
import { NotDirect } from './not-direct.js';

class Address {
  street?: unknown;
  get label(): string {
    return 'address';
  }
  describe(): string {
    return 'an address';
  }
}

class Base {
  inherited?: unknown;
  get baseLabel(): string {
    return 'base';
  }
}

class Child extends Base {
  a?: unknown;
  withDefault: unknown = 'default';
  get label(): string {
    return 'child';
  }
  set writable(value: unknown) {
    this.a = value;
  }
  get writable(): unknown {
    return this.a;
  }
  method(): string {
    return 'child';
  }
}

class Typed {
  @Type(() => Address) address?: unknown;
  @Type(() => Address) addresses?: Address[];
  @Type(() => Child) child?: Child;
  other?: unknown;
}

/** Map keys that class-transformer treats specially, and ordinary ones. */
const key = fc.oneof(
  fc.constantFrom(
    'a',
    'street',
    'label',
    'baseLabel',
    'writable',
    'method',
    'describe',
    'inherited',
    'withDefault',
    'address',
    'addresses',
    'child',
    'other',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'then',
  ),
  fc.string({ unit: 'grapheme' }),
);

/** What a DynamoDB item holds after the document client's unmarshalling (and `Date`s). */
const scalar = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constant(''),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date(),
);

const exotic = fc.oneof(
  fc.bigInt(),
  fc.constant(undefined),
  fc.integer().map((n) => new NumberValue(String(n))),
  fc.uint8Array({ maxLength: 3 }),
);

/** Values of `leaf`s in lists, maps and (unless `sets` is false) sets, `depth` levels deep. */
function values(leaf: fc.Arbitrary<unknown>, depth: number, sets = true): fc.Arbitrary<unknown> {
  const set = fc
    .uniqueArray(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 })
    .map((a) => new Set(a));
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', maxDepth: depth },
      leaf,
      fc.array(tie('value'), { maxLength: 4 }),
      sets ? set : leaf,
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    ),
  }));
  return value;
}

const plainData = fc.dictionary(key, values(scalar, 3), { maxKeys: 8 });
/** Plain data without Sets, which below a property's value leave the direct path. */
const setlessData = fc.dictionary(key, values(scalar, 3, false), { maxKeys: 8 });
const anyData = fc.dictionary(key, values(fc.oneof(scalar, exotic), 3), { maxKeys: 8 });

type Outcome = { readonly value: unknown } | { readonly error: string };

function outcome(convert: () => unknown): Outcome {
  try {
    return { value: convert() };
  } catch (error) {
    return { error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}

/** How often the direct conversions deferred to class-transformer, per test. */
let deferred = 0;

/** The direct conversion's outcome, or class-transformer's where it defers (as `plainToEntity` does). */
function directOutcome(convert: () => unknown, reference: () => unknown): Outcome {
  try {
    return { value: convert() };
  } catch (error) {
    if (!(error instanceof NotDirect))
      return outcome(() => {
        throw error;
      });
    deferred += 1;
    return outcome(reference);
  }
}

/** Checks that both conversions give deep-equal results (same prototypes) or the same error. */
function expectSame(convert: () => unknown, reference: () => unknown): void {
  expect(directOutcome(convert, reference)).toStrictEqual(outcome(reference));
}

treatInvalidDatesAsEqual();

beforeEach(() => {
  deferred = 0;
});

describe('convertsDirectly', () => {
  it('accepts classes without class-transformer metadata and with plain @Type', () => {
    expect([Address, Child, Typed].map(convertsDirectly)).toEqual([true, true, true]);
  });

  it('refuses decorated classes, their subclasses and types with rules of their own', () => {
    class Exposed {
      @Expose({ name: 'x' }) a?: string;
    }
    class Excluded {
      @Exclude() a?: string;
    }
    @Exclude()
    class ExcludeAll {
      a?: string;
    }
    class Transformed {
      @Transform(({ value }) => value) a?: string;
    }
    class Discriminated {
      @Type(() => Object, { discriminator: { property: 'k', subTypes: [] } }) a?: object;
    }
    class WithMap {
      @Type(() => Address) a?: Map<string, Address>;
    }
    class Inheriting extends Transformed {}
    const refused = [Exposed, Excluded, ExcludeAll, Transformed, Discriminated, WithMap];
    const others = [Inheriting, Date, Map, Number, String, Boolean, Buffer, 'x', () => 1];
    expect([...refused, ...others].map(convertsDirectly)).toEqual(
      Array(refused.length + others.length).fill(false),
    );
  });
});

describe('directPlainToInstance', () => {
  it.each([Child, Typed, Address])('equals plainToInstance for plain data into %p', (target) => {
    fc.assert(
      fc.property(setlessData, (plain) => {
        expectSame(
          () => directPlainToInstance(target as new () => object, plain),
          () => plainToInstance(target as new () => object, plain),
        );
      }),
      { numRuns: 200 },
    );
    // Only a plain object with its own `constructor` key leaves the direct path (and Sets
    // below a property's value, which the plain data with Sets below checks).
    expect(deferred).toBeLessThan(50);
  });

  it('equals plainToInstance for plain data with Sets at any depth, or defers', () => {
    fc.assert(
      fc.property(fc.constantFrom(Child, Typed, Address), plainData, (target, plain) => {
        expectSame(
          () => directPlainToInstance(target as new () => object, plain),
          () => plainToInstance(target as new () => object, plain),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('equals plainToInstance wherever it does not defer, for any data', () => {
    fc.assert(
      fc.property(fc.constantFrom(Child, Typed), anyData, (target, plain) => {
        expectSame(
          () => directPlainToInstance(target as new () => object, plain),
          () => plainToInstance(target as new () => object, plain),
        );
      }),
      { numRuns: 200 },
    );
  });
});

/** An instance with these own properties (but those the class only has a getter for). */
function instanceOf(target: new () => object, properties: Record<string, unknown>): object {
  const instance = new target() as Record<string, unknown>;
  for (const [name, value] of Object.entries(properties)) {
    if (name !== 'label' && name !== 'baseLabel') instance[name] = value;
  }
  return instance;
}

/** Entities of undecorated classes and `@Type`d ones, nesting instances of such classes. */
const entityValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    fc.oneof(scalar, exotic),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.uniqueArray(fc.oneof(fc.string(), fc.integer()), { maxLength: 4 }).map((a) => new Set(a)),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    fc
      .tuple(
        fc.constantFrom(Address, Child, Typed),
        fc.dictionary(key, tie('value'), { maxKeys: 4 }),
      )
      .map(([target, properties]) => instanceOf(target, properties)),
  ),
})).value;

const entity = fc
  .tuple(fc.constantFrom(Child, Typed, Address), fc.dictionary(key, entityValue, { maxKeys: 8 }))
  .map(([target, properties]) => instanceOf(target, properties));

describe('directInstanceToPlain', () => {
  it('equals instanceToPlain for entities of undecorated classes', () => {
    fc.assert(
      fc.property(entity, (instance) => {
        expectSame(
          () => directInstanceToPlain(instance),
          () => instanceToPlain(instance),
        );
      }),
      { numRuns: 300 },
    );
    expect(deferred).toBeLessThan(150);
  });

  it('converts entities holding only data directly', () => {
    const address = Object.assign(new Address(), { street: 'Main 1 ✓' });
    const typed = Object.assign(new Typed(), {
      address,
      addresses: [address, { street: '' }],
      other: { when: new Date(0), tags: new Set(['a']), n: 1n, exact: new NumberValue('1.5') },
    });
    expect(directInstanceToPlain(typed)).toStrictEqual(instanceToPlain(typed));
  });

  it('defers to class-transformer for maps, functions and nested decorated classes', () => {
    class Decorated {
      @Exclude() secret = 's';
    }
    for (const other of [new Map([['a', 1]]), () => 1, new Decorated(), Buffer.from('a')]) {
      expect(() => directInstanceToPlain(Object.assign(new Typed(), { other }))).toThrow(NotDirect);
    }
  });
});
