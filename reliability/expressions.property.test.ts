import {
  ConditionCheckArg,
  EntityName,
  ifNotExists,
  listAppend,
  PartitionKey,
  PrefixSortKey,
  SortKey,
  SortKeyCondition,
  type Table,
  UpdateArg,
} from '@dokklib/core';
import fc from 'fast-check';
import { mockTable } from '../packages/core/test/mock-table.js';
import {
  asGiven,
  attributeNames,
  attributeValues,
  buildCondition,
  buildPath,
  type ConditionSpec,
  conditions,
  neutralSpelling,
  type PathSpec,
  paths,
  type Spelling,
} from './support/expression-arbitraries.js';
import { expressionFields, foreignText, placeholdersOf } from './support/expression-fields.js';
import { assertProperty } from './support/property.js';
import { reliabilityCase } from './support/reliability-case.js';

const AREA = 'Property: expressions';
const Thing = new EntityName('THING');
const pk = new PartitionKey(Thing, 'p');
const sk = new SortKey(Thing, 's');
const { table } = mockTable({ clock: () => new Date('2024-01-02T03:04:05.000Z') });

/** What one generated request is made of. */
interface RequestSpec {
  readonly condition: ConditionSpec;
  readonly filter: ConditionSpec;
  readonly projection: PathSpec[];
  readonly updated: string[];
  readonly values: unknown[];
}

const requestSpecs: fc.Arbitrary<RequestSpec> = fc.record({
  condition: conditions,
  filter: conditions,
  // Paths with distinct top-level names: core refuses duplicate or overlapping ones.
  projection: fc.uniqueArray(paths, {
    minLength: 1,
    maxLength: 4,
    selector: (path) => (Array.isArray(path) ? path[0] : path),
  }),
  updated: fc.uniqueArray(attributeNames, { minLength: 4, maxLength: 6 }),
  values: fc.array(attributeValues, { minLength: 2, maxLength: 2 }),
});

/** Every request kind that compiles expressions, built from one spec with one spelling. */
function requestsOf(t: Table, spec: RequestSpec, spelling: Spelling): Record<string, unknown> {
  const condition = buildCondition(spec.condition, spelling);
  const filter = buildCondition(spec.filter, spelling);
  const attributes = spec.projection.map((path) => buildPath(path, spelling));
  const [setName, defaultName, addName, removeName] = spec.updated.map(spelling.name);
  const [value, other] = spec.values.map(spelling.value);
  const changes = {
    set: { [setName!]: value, [defaultName!]: ifNotExists(other), ...listChange(spec, spelling) },
    add: { [addName!]: 1 },
    remove: [removeName!],
  };
  return {
    put: t.requests.put(pk, sk, { [setName!]: value }, { condition }),
    insert: t.requests.insert(pk, sk, { [setName!]: value }),
    update: t.requests.update(pk, sk, changes, { condition, returnValues: 'ALL_NEW' }),
    delete: t.requests.delete(pk, sk, { condition }),
    get: t.requests.get(pk, sk, { attributes }),
    query: t.requests.query(pk, { sortKey: SortKeyCondition.gt(sk), filter, attributes }),
    queryPrefix: t.requests.queryPrefix(pk, new PrefixSortKey(Thing, 'x'), { attributes }),
    scan: t.requests.scan({ filter, attributes }),
    transaction: t.requests.transactWriteItems([
      new ConditionCheckArg(new PartitionKey(Thing, 'other'), sk, condition),
      new UpdateArg(pk, sk, changes, { condition }),
    ]),
    transactGet: t.requests.transactGetItems([{ pk, sk, attributes }]),
    batchGet: t.requests.batchGet([{ pk, sk }], { attributes }),
  };
}

function listChange(spec: RequestSpec, spelling: Spelling): Record<string, unknown> {
  const name = spec.updated[4];
  return name === undefined
    ? {}
    : { [spelling.name(name)]: listAppend([spelling.value(spec.values[0])]) };
}

/** The expression strings of every request, by where they are. */
function expressionStrings(requests: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    expressionFields(requests).map((field) => [field.where, field.expression]),
  );
}

reliabilityCase(
  {
    id: 'EXPR-1',
    area: AREA,
    case: 'Conditions, updates, projections, key conditions and filters over arbitrary names (reserved words, dots, dashes, spaces, unicode, placeholder look-alikes) and values',
    expected:
      'Every expression string is the same as with neutral names x0, x1… and value 0: no user name or value in it, only syntax and placeholders',
  },
  (notes) =>
    assertProperty(
      notes,
      fc.property(requestSpecs, (spec) => {
        const given = expressionStrings(requestsOf(table, spec, asGiven));
        const neutral = expressionStrings(requestsOf(table, spec, neutralSpelling()));
        expect(given).toEqual(neutral);
        for (const expression of Object.values(given)) expect(foreignText(expression)).toEqual([]);
      }),
      500,
    ),
);

reliabilityCase(
  {
    id: 'EXPR-2',
    area: AREA,
    case: 'Placeholder maps of the same generated requests',
    expected:
      "Every placeholder used is defined and every one defined is used; distinct names never share a placeholder; every name maps back to the caller's name",
  },
  (notes) =>
    assertProperty(
      notes,
      fc.property(requestSpecs, (spec) => {
        const requests = requestsOf(table, spec, asGiven);
        for (const fields of groupByMaps(expressionFields(requests))) {
          const used = new Set(fields.flatMap((f) => placeholdersOf(f.expression)));
          const { names, values } = fields[0]!;
          expect([...used].sort()).toEqual([...Object.keys(names), ...Object.keys(values)].sort());
          expect(new Set(Object.values(names)).size).toBe(Object.keys(names).length);
        }
        const allNames = expressionFields(requests).flatMap((f) => Object.values(f.names));
        for (const name of spec.updated.slice(0, 4)) expect(allNames).toContain(name);
      }),
      500,
    ),
);

/** Fields that share placeholder maps (one request, or one transaction action). */
function groupByMaps<F extends { names: object; values: object }>(fields: F[]): F[][] {
  const groups = new Map<object, F[]>();
  for (const field of fields) {
    const key = field.names;
    groups.set(key, [...(groups.get(key) ?? []), field]);
  }
  return [...groups.values()];
}
