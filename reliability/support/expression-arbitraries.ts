import { and, attr, type AttributePath, Condition, not, or } from '@dokklib/core';
import fc from 'fast-check';

/** Names that DynamoDB or a naive builder would trip on: reserved words, syntax, placeholders. */
const TRICKY_NAMES = [
  'name',
  'status',
  'size',
  'AND',
  'OR',
  'SET',
  'REMOVE',
  'BETWEEN',
  'IN',
  'attribute_exists',
  'a.b',
  'a-b',
  'a b',
  ' ',
  '#n0',
  ':v0',
  '#',
  ':',
  '[0]',
  'a)',
  '(',
  'Ü€😀',
  'n0',
  'v0',
];

/**
 * Names the table uses itself, which operations refuse or stamp, and `__proto__` and
 * `constructor`, which writes refuse (see ITEM-3, EXACT-1): left out of generated names.
 */
const TABLE_NAMES = new Set([
  'PK',
  'SK',
  'CreatedAt',
  'UpdatedAt',
  '_type',
  'GSI_1',
  '__proto__',
  'constructor',
]);

/** Whether a string is well-formed UTF-16: core refuses lone surrogates (see EXACT-1). */
const wellFormed = (text: string): boolean => !/\p{Cs}/u.test(text);

/** Arbitrary attribute names: tricky ones and any non-empty unicode text. */
export const attributeNames = fc
  .oneof(
    fc.constantFrom(...TRICKY_NAMES),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  )
  .filter((name) => name.length > 0 && !TABLE_NAMES.has(name) && wellFormed(name));

/**
 * Arbitrary attribute values: unicode and empty strings, numbers (within ±2^53 − 1 and from
 * 1e-130 in magnitude: others are refused, see the numbers cases), booleans, null, lists,
 * maps (with non-empty keys: DynamoDB refuses empty ones, see EXACT-1).
 */
export const attributeValues: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }).filter(wellFormed),
  fc.constantFrom('AND', '#n0', ':v0', ') OR (', 'a = b'),
  fc.integer(),
  fc
    .double({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, noNaN: true })
    .filter((x) => x === 0 || Math.abs(x) >= 1e-130),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

/** A path of the spec: a top-level name or a nested path of names and list indexes. */
export type PathSpec = string | readonly [string, ...(string | number)[]];

/** A condition with names and values left as slots, so it can be built with other names. */
export type ConditionSpec =
  | { kind: 'compare'; op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'; path: PathSpec; value: unknown }
  | { kind: 'between'; path: PathSpec; low: unknown; high: unknown }
  | { kind: 'in'; path: PathSpec; values: unknown[] }
  | { kind: 'exists' | 'notExists'; path: PathSpec }
  | { kind: 'beginsWith'; path: PathSpec; prefix: string }
  | { kind: 'contains'; path: PathSpec; value: unknown }
  | { kind: 'size'; path: PathSpec; value: number }
  | { kind: 'attributes'; path: PathSpec; other: PathSpec }
  | { kind: 'and' | 'or'; children: ConditionSpec[] }
  | { kind: 'not'; child: ConditionSpec };

/** Arbitrary paths over arbitrary names. */
export const paths: fc.Arbitrary<PathSpec> = fc.oneof(
  attributeNames,
  fc
    .tuple(
      attributeNames,
      fc.array(fc.oneof(attributeNames, fc.nat(20)), { minLength: 1, maxLength: 3 }),
    )
    .map(([first, rest]): PathSpec => [first, ...rest]),
);

const leaves: fc.Arbitrary<ConditionSpec> = fc.oneof(
  fc.record({
    kind: fc.constant('compare' as const),
    op: fc.constantFrom(
      'eq' as const,
      'ne' as const,
      'lt' as const,
      'le' as const,
      'gt' as const,
      'ge' as const,
    ),
    path: paths,
    value: attributeValues,
  }),
  fc
    .record({
      kind: fc.constant('between' as const),
      path: paths,
      // Bounds of one type, low <= high: core refuses others before sending, as DynamoDB does.
      bounds: fc.tuple(fc.integer(), fc.integer()).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    })
    .map(({ kind, path, bounds }) => ({ kind, path, low: bounds[0], high: bounds[1] })),
  fc.record({
    kind: fc.constant('in' as const),
    path: paths,
    values: fc.array(attributeValues, { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constantFrom('exists' as const, 'notExists' as const), path: paths }),
  fc.record({
    kind: fc.constant('beginsWith' as const),
    path: paths,
    prefix: fc.string({ unit: 'binary' }).filter(wellFormed),
  }),
  fc.record({ kind: fc.constant('contains' as const), path: paths, value: attributeValues }),
  fc.record({ kind: fc.constant('size' as const), path: paths, value: fc.nat() }),
  fc.record({ kind: fc.constant('attributes' as const), path: paths, other: paths }),
);

/** Arbitrary condition trees, up to a few levels of AND / OR / NOT. */
export const conditions: fc.Arbitrary<ConditionSpec> = fc.letrec<{ node: ConditionSpec }>(
  (tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaves,
      fc.record({
        kind: fc.constantFrom('and' as const, 'or' as const),
        children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
      }),
      fc.record({ kind: fc.constant('not' as const), child: tie('node') }),
    ),
  }),
).node;

/** How names and values are spelled when a spec is built. */
export interface Spelling {
  readonly name: (name: string) => string;
  readonly value: (value: unknown) => unknown;
}

/** Names and values as generated. */
export const asGiven: Spelling = { name: (name) => name, value: (value) => value };

/**
 * The same structure with every name replaced by `x<i>` (one per distinct name, so repeated
 * names stay repeated) and every value by 0: what the expression strings may depend on.
 */
export function neutralSpelling(): Spelling {
  const names = new Map<string, string>();
  return {
    name: (name) => {
      if (!names.has(name)) names.set(name, `x${names.size}`);
      return names.get(name)!;
    },
    value: () => 0,
  };
}

/** The path of a spec, spelled. */
export function buildPath(path: PathSpec, spelling: Spelling): AttributePath {
  if (typeof path === 'string') return spelling.name(path);
  return path.map((segment) => (typeof segment === 'number' ? segment : spelling.name(segment)));
}

/** The condition of a spec, spelled. */
export function buildCondition(spec: ConditionSpec, spelling: Spelling): Condition {
  const ref = (path: PathSpec) => attr(buildPath(path, spelling));
  const value = (v: unknown) => spelling.value(v) as never;
  switch (spec.kind) {
    case 'compare':
      return ref(spec.path)[spec.op](value(spec.value));
    case 'between':
      return ref(spec.path).between(value(spec.low), value(spec.high));
    case 'in':
      return ref(spec.path).in(spec.values.map(value));
    case 'exists':
      return ref(spec.path).exists();
    case 'notExists':
      return ref(spec.path).notExists();
    case 'beginsWith':
      return ref(spec.path).beginsWith(spelling.value(spec.prefix) === 0 ? 'p' : spec.prefix);
    case 'contains':
      return ref(spec.path).contains(value(spec.value));
    case 'size':
      return ref(spec.path).size().gt(value(spec.value));
    case 'attributes':
      return ref(spec.path).eq(ref(spec.other));
    case 'and':
    case 'or': {
      const built = spec.children.map((child) => buildCondition(child, spelling));
      return spec.kind === 'and' ? and(...built) : or(...built);
    }
    case 'not':
      return not(buildCondition(spec.child, spelling));
  }
}

export { Condition };
