import { attr, EntityName, PartitionKey, SortKey, type Table } from '@dokklib/core';
import fc from 'fast-check';
import { createLocalTable } from '../packages/core/test/local-table.js';
import { attributeNames } from './support/expression-arbitraries.js';
import { assertProperty } from './support/property.js';
import { reliabilityCase } from './support/reliability-case.js';

const Thing = new EntityName('THING');
let table: Table;
let run = 0;

beforeAll(async () => {
  table = await createLocalTable({ timestamps: false });
});

const values = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.string(), { maxLength: 3 }),
);

reliabilityCase(
  {
    id: 'EXPR-3',
    area: 'Property: expressions',
    case: 'A sample of arbitrary names and values run against DynamoDB Local: conditional put, projected get, filtered query, conditional update with remove, conditional delete',
    expected: 'DynamoDB accepts every request and each reads back exactly what was written',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.asyncProperty(
        fc.uniqueArray(attributeNames, { minLength: 2, maxLength: 4 }),
        fc.array(values, { minLength: 4, maxLength: 4 }),
        values,
        async (names, given, replacement) => {
          const pk = new PartitionKey(Thing, `run${(run += 1)}`);
          const sk = new SortKey(Thing, 'item');
          const item = Object.fromEntries(names.map((name, i) => [name, given[i]]));
          await table.put(pk, sk, item, { condition: attr(names[0]!).notExists() });
          expect(await table.get(pk, sk, { attributes: names, consistent: true })).toEqual(item);
          const filter = names.map((name, i) => attr(name).eq(given[i])).reduce((a, b) => a.and(b));
          expect(await table.query(pk, { filter, consistent: true })).toEqual([
            { PK: pk.value, SK: sk.value, ...item },
          ]);
          const [first, second] = names as [string, string];
          await table.update(
            pk,
            sk,
            { set: { [first]: replacement }, remove: [second] },
            {
              condition: attr(first).eq(given[0]).and(attr(second).exists()),
            },
          );
          const { [second]: _removed, ...kept } = { ...item, [first]: replacement };
          expect(await table.get(pk, sk, { consistent: true })).toEqual({
            PK: pk.value,
            SK: sk.value,
            ...kept,
          });
          await table.delete(pk, sk, { condition: attr(first).eq(replacement) });
          expect(await table.get(pk, sk, { consistent: true })).toBeUndefined();
        },
      ),
      40,
    ),
  120_000,
);
