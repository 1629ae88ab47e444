import 'reflect-metadata';
import {
  EntityName,
  InvalidKeyError,
  KEY_SEPARATOR,
  PartitionKey,
  PrefixSortKey,
  SortKey,
  stripEntityPrefix,
} from '@dokklib/core';
import { COMPOSITE_KEY_SEPARATOR, entityMetadata, primaryKeyOf } from '@dokklib/decorators';
import fc from 'fast-check';
import { Order } from '../packages/decorators/test/entities.js';
import { assertProperty } from './support/property.js';
import { reliabilityCase } from './support/reliability-case.js';

const AREA = 'Property: keys';

/** Any unicode text without the key separator, of at least `minLength` characters. */
const noSeparator = (minLength: number) =>
  fc
    .string({ unit: 'binary', minLength, maxLength: 40 })
    .filter((text) => !text.includes(KEY_SEPARATOR) && text.length >= minLength);
const entityNames = noSeparator(1);
const keyValues = noSeparator(1);
/** Unicode text with the separator somewhere in it. */
const withSeparator = fc
  .tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }))
  .map(([before, after]) => `${before}${KEY_SEPARATOR}${after}`);

/** Splits a stored key at its first separator: the entity name and the value. */
function decodeKey(stored: string): [string, string] {
  return [stored.slice(0, stored.indexOf(KEY_SEPARATOR)), stripEntityPrefix(stored)];
}

function keyOf(kind: 'partition' | 'sort', name: string, value: string): string {
  const entity = new EntityName(name);
  return String(
    kind === 'partition' ? new PartitionKey(entity, value) : new SortKey(entity, value),
  );
}

const kinds = fc.constantFrom<'partition' | 'sort'>('partition', 'sort');

reliabilityCase(
  {
    id: 'KEY-1',
    area: AREA,
    case: 'Encode then decode partition and sort keys of arbitrary unicode entity names and values',
    expected: 'Decoding gives back exactly the entity name and value',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.property(kinds, entityNames, keyValues, (kind, name, value) => {
        expect(decodeKey(keyOf(kind, name, value))).toEqual([name, value]);
      }),
      2000,
    ),
);

reliabilityCase(
  {
    id: 'KEY-2',
    area: AREA,
    case: 'Two distinct (entity, value) pairs',
    expected: 'Never the same key string',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.property(
        kinds,
        fc.tuple(entityNames, keyValues),
        fc.tuple(entityNames, keyValues),
        (kind, [name1, value1], [name2, value2]) => {
          fc.pre(name1 !== name2 || value1 !== value2);
          expect(keyOf(kind, name1, value1)).not.toBe(keyOf(kind, name2, value2));
        },
      ),
      2000,
    ),
);

reliabilityCase(
  {
    id: 'KEY-3',
    area: AREA,
    case: 'Prefix collisions: a key value that extends another (alice / alice2, entity USER / USERS)',
    expected: 'A PrefixSortKey of one entity never matches keys of another entity',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.property(entityNames, entityNames, keyValues, (name1, name2, value) => {
        fc.pre(name1 !== name2);
        const prefix = String(new PrefixSortKey(new EntityName(name1)));
        expect(keyOf('sort', name2, value).startsWith(prefix)).toBe(false);
      }),
      2000,
    ),
);

reliabilityCase(
  {
    id: 'KEY-4',
    area: AREA,
    case: 'Key values and entity names containing the separator "#" anywhere',
    expected:
      'InvalidKeyError for PartitionKey, SortKey, PrefixSortKey and EntityName; never joined',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.property(entityNames, withSeparator, (name, bad) => {
        const entity = new EntityName(name);
        expect(() => new PartitionKey(entity, bad)).toThrow(InvalidKeyError);
        expect(() => new SortKey(entity, bad)).toThrow(InvalidKeyError);
        expect(() => new PrefixSortKey(entity, bad)).toThrow(InvalidKeyError);
        expect(() => new EntityName(bad)).toThrow(InvalidKeyError);
      }),
      1000,
    ),
);

const orderMetadata = () => entityMetadata(Order);
/** Composite key part values: no `#` and no `|`. */
const partValues = keyValues.filter((text) => !text.includes(COMPOSITE_KEY_SEPARATOR));

reliabilityCase(
  {
    id: 'KEY-5',
    area: AREA,
    case: 'Decorated composite keys (Order: USER#user, ORDER#date|number) of arbitrary values',
    expected: 'Round trip through the key strings; distinct keys never collide',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.property(
        fc.tuple(partValues, partValues, fc.nat(99_999)),
        fc.tuple(partValues, partValues, fc.nat(99_999)),
        ([user, date, number], [user2, date2, number2]) => {
          const { pk, sk } = primaryKeyOf(orderMetadata(), { user, date, number });
          expect(decodeKey(String(pk))).toEqual(['USER', user]);
          expect(decodeKey(String(sk))).toEqual([
            'ORDER',
            `${date}|${String(number).padStart(5, '0')}`,
          ]);
          fc.pre(user !== user2 || date !== date2 || number !== number2);
          const other = primaryKeyOf(orderMetadata(), {
            user: user2,
            date: date2,
            number: number2,
          });
          expect(`${String(pk)} ${String(sk)}`).not.toBe(`${String(other.pk)} ${String(other.sk)}`);
        },
      ),
      1000,
    ),
);

reliabilityCase(
  {
    id: 'KEY-6',
    area: AREA,
    case: 'Decorated key properties containing "#" (any key) or "|" (a composite key part)',
    expected: 'InvalidKeyError before any request',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.property(
        partValues,
        fc.oneof(
          withSeparator,
          fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}|${b}`),
        ),
        (good, bad) => {
          expect(() => primaryKeyOf(orderMetadata(), { user: good, date: bad, number: 1 })).toThrow(
            InvalidKeyError,
          );
          if (bad.includes(KEY_SEPARATOR)) {
            expect(() =>
              primaryKeyOf(orderMetadata(), { user: bad, date: good, number: 1 }),
            ).toThrow(InvalidKeyError);
          }
        },
      ),
      1000,
    ),
);
