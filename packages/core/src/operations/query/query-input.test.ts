import { InvalidKeyError } from '../../errors/invalid-key-error.js';
import { ValidationError } from '../../errors/validation-error.js';
import { and, attr, type Condition, not, or } from '../../expressions/condition.js';
import { GlobalSecondaryIndex } from '../../indexes/global-secondary-index.js';
import { InversePrimaryIndex } from '../../indexes/inverse-primary-index.js';
import { EntityName } from '../../keys/entity-name.js';
import { PartitionKey } from '../../keys/partition-key.js';
import { PrefixSortKey } from '../../keys/prefix-sort-key.js';
import { SortKey } from '../../keys/sort-key.js';
import { tableConfig } from '../../table/table-config.js';
import { compileQuery, queryInput } from './query-input.js';
import type { QueryOptions } from './query-options.js';
import { SortKeyCondition } from './sort-key-condition.js';

const config = tableConfig('T', {});
const User = new EntityName('USER');
const Order = new EntityName('ORDER');
const alice = new PartitionKey(User, 'alice');
const order = (id: string): SortKey => new SortKey(Order, id);

/** The key condition part of the input, with its placeholder maps. */
function keyCondition(options: QueryOptions) {
  const input = queryInput(config, alice, options);
  return {
    expression: input.KeyConditionExpression,
    names: input.ExpressionAttributeNames,
    values: input.ExpressionAttributeValues,
  };
}

describe('queryInput', () => {
  it('reads the whole partition, all attributes, by default', () => {
    expect(queryInput(config, alice)).toEqual({
      TableName: 'T',
      KeyConditionExpression: '#n0 = :v0',
      ExpressionAttributeNames: { '#n0': 'PK' },
      ExpressionAttributeValues: { ':v0': 'USER#alice' },
    });
  });

  it.each([
    ['a SortKey as eq', order('5'), '#n1 = :v1', { ':v1': 'ORDER#5' }],
    ['eq', SortKeyCondition.eq(order('5')), '#n1 = :v1', { ':v1': 'ORDER#5' }],
    [
      'a PrefixSortKey as beginsWith',
      new PrefixSortKey(Order, '2024-'),
      'begins_with(#n1, :v1)',
      { ':v1': 'ORDER#2024-' },
    ],
    [
      'beginsWith',
      SortKeyCondition.beginsWith(new PrefixSortKey(Order)),
      'begins_with(#n1, :v1)',
      { ':v1': 'ORDER#' },
    ],
    [
      'between',
      SortKeyCondition.between(order('2'), order('7')),
      '#n1 BETWEEN :v1 AND :v2',
      { ':v1': 'ORDER#2', ':v2': 'ORDER#7' },
    ],
    [
      'le, from the start of the entity',
      SortKeyCondition.le(order('5')),
      '#n1 BETWEEN :v1 AND :v2',
      { ':v1': 'ORDER#', ':v2': 'ORDER#5' },
    ],
    [
      'lt, from the start of the entity',
      SortKeyCondition.lt(order('5')),
      '#n1 BETWEEN :v1 AND :v2',
      { ':v1': 'ORDER#', ':v2': 'ORDER#5' },
    ],
    [
      'ge, to the end of the entity',
      SortKeyCondition.ge(order('5')),
      '#n1 BETWEEN :v1 AND :v2',
      { ':v1': 'ORDER#5', ':v2': 'ORDER$' },
    ],
    [
      'gt, to the end of the entity',
      SortKeyCondition.gt(order('5')),
      '#n1 BETWEEN :v1 AND :v2',
      { ':v1': 'ORDER#5', ':v2': 'ORDER$' },
    ],
  ] as const)('compiles %s', (_, sortKey, expression, values) => {
    expect(keyCondition({ sortKey })).toEqual({
      expression: `#n0 = :v0 AND ${expression}`,
      names: { '#n0': 'PK', '#n1': 'SK' },
      values: { ':v0': 'USER#alice', ...values },
    });
  });

  it('drops the bound of a strict lt/gt after reading, and only of those', () => {
    const exclusion = (sortKey: SortKeyCondition) =>
      compileQuery(config, alice, { sortKey }).exclusion;
    expect(exclusion(SortKeyCondition.gt(order('5')))).toEqual({
      attribute: 'SK',
      value: 'ORDER#5',
      addedToProjection: false,
    });
    expect(exclusion(SortKeyCondition.lt(order('5')))?.value).toBe('ORDER#5');
    for (const kind of ['le', 'ge', 'eq'] as const) {
      expect(exclusion(SortKeyCondition[kind](order('5')))).toBeUndefined();
    }
  });

  it('projects the sort key to compare a strict bound, to remove it after', () => {
    const compiled = compileQuery(config, alice, {
      sortKey: SortKeyCondition.gt(order('5')),
      attributes: ['total'],
    });
    expect(compiled.input.ProjectionExpression).toBe('#n2, #n1');
    expect(compiled.input.ExpressionAttributeNames).toEqual({
      '#n0': 'PK',
      '#n1': 'SK',
      '#n2': 'total',
    });
    expect(compiled.exclusion?.addedToProjection).toBe(true);
    const withSortKey = compileQuery(config, alice, {
      sortKey: SortKeyCondition.lt(order('5')),
      attributes: ['total', ['SK']],
    });
    expect(withSortKey.input.ProjectionExpression).toBe('#n2, #n1');
    expect(withSortKey.exclusion?.addedToProjection).toBe(false);
  });

  it('queries the inverse index or a custom GSI on their key attributes', () => {
    const input = queryInput(config, new PartitionKey(Order, '5'), {
      globalIndex: new InversePrimaryIndex(),
      sortKey: new PrefixSortKey(User),
    });
    expect(input).toMatchObject({
      IndexName: 'GSI_1',
      KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
      ExpressionAttributeNames: { '#n0': 'SK', '#n1': 'PK' },
    });
    const custom = queryInput(config, alice, {
      globalIndex: new GlobalSecondaryIndex('GSI_2', 'GSI2PK', 'GSI2SK'),
      sortKey: SortKeyCondition.ge(order('1')),
    });
    expect(custom).toMatchObject({
      IndexName: 'GSI_2',
      ExpressionAttributeNames: { '#n0': 'GSI2PK', '#n1': 'GSI2SK' },
    });
  });

  it('compiles reverse, consistent, projection and paging', () => {
    expect(
      queryInput(
        config,
        alice,
        { reverse: true, consistent: true, attributes: ['name', ['address', 'city']] },
        { limit: 10, exclusiveStartKey: { PK: 'USER#alice', SK: 'ORDER#1' } },
      ),
    ).toEqual({
      TableName: 'T',
      KeyConditionExpression: '#n0 = :v0',
      ProjectionExpression: '#n1, #n2.#n3',
      ExpressionAttributeNames: { '#n0': 'PK', '#n1': 'name', '#n2': 'address', '#n3': 'city' },
      ExpressionAttributeValues: { ':v0': 'USER#alice' },
      ScanIndexForward: false,
      ConsistentRead: true,
      Limit: 10,
      ExclusiveStartKey: { PK: 'USER#alice', SK: 'ORDER#1' },
    });
  });

  describe('filters, with reserved words as attribute names', () => {
    const filter = (condition: Condition) => {
      const input = queryInput(config, alice, { filter: condition });
      const names = { ...input.ExpressionAttributeNames };
      const values = { ...input.ExpressionAttributeValues };
      delete names['#n0'];
      delete values[':v0'];
      return { expression: input.FilterExpression, names, values };
    };

    it.each([
      ['eq', '='],
      ['ne', '<>'],
      ['lt', '<'],
      ['le', '<='],
      ['gt', '>'],
      ['ge', '>='],
    ] as const)('%s', (method, operator) => {
      expect(filter(attr('status')[method]('open'))).toEqual({
        expression: `#n1 ${operator} :v1`,
        names: { '#n1': 'status' },
        values: { ':v1': 'open' },
      });
    });

    it.each([
      ['between', attr('size').between(1, 5), '#n1 BETWEEN :v1 AND :v2', { ':v1': 1, ':v2': 5 }],
      ['IN', attr('status').in(['a', 'b']), '#n1 IN (:v1, :v2)', { ':v1': 'a', ':v2': 'b' }],
      ['exists', attr('comment').exists(), 'attribute_exists(#n1)', {}],
      ['not exists', attr('comment').notExists(), 'attribute_not_exists(#n1)', {}],
      ['begins_with', attr('name').beginsWith('al'), 'begins_with(#n1, :v1)', { ':v1': 'al' }],
      ['contains', attr('data').contains('x'), 'contains(#n1, :v1)', { ':v1': 'x' }],
      ['size', attr('data').size().gt(2), 'size(#n1) > :v1', { ':v1': 2 }],
      ['type', attr('data').type('S'), 'attribute_type(#n1, :v1)', { ':v1': 'S' }],
    ])('%s', (_, condition, expression, values) => {
      const result = filter(condition);
      expect(result.expression).toBe(expression);
      expect(result.values).toEqual(values);
      expect(Object.values(result.names)).toHaveLength(1);
    });

    it('and, or, not, sharing the key condition placeholders', () => {
      const input = queryInput(config, alice, {
        sortKey: new PrefixSortKey(Order),
        filter: or(
          and(attr('status').eq('open'), attr('year').gt(2020)),
          not(attr('date').exists()),
        ),
      });
      expect(input.FilterExpression).toBe(
        '((#n2 = :v2) AND (#n3 > :v3)) OR (NOT (attribute_exists(#n4)))',
      );
      expect(input.ExpressionAttributeNames).toEqual({
        '#n0': 'PK',
        '#n1': 'SK',
        '#n2': 'status',
        '#n3': 'year',
        '#n4': 'date',
      });
      expect(input.ExpressionAttributeValues).toEqual({
        ':v0': 'USER#alice',
        ':v1': 'ORDER#',
        ':v2': 'open',
        ':v3': 2020,
      });
    });
  });

  it.each([
    [
      'a consistent read on a GSI',
      { consistent: true, globalIndex: new InversePrimaryIndex() },
      ValidationError,
    ],
    ['a limit of 0', { limit: 0 }, ValidationError],
    [
      'a filter that is not a Condition',
      { filter: 'status = 1' as unknown as Condition },
      ValidationError,
    ],
    ['a sort key that is a string', { sortKey: 'ORDER#1' as unknown as SortKey }, InvalidKeyError],
    ['an empty projection', { attributes: [] }, ValidationError],
  ] as const)('refuses %s', (_, options, error) => {
    expect(() => queryInput(config, alice, options as QueryOptions)).toThrow(error);
  });

  it.each([
    ['the table', undefined, attr('SK').beginsWith('ORDER#'), 'SK'],
    ['the table', undefined, attr('status').eq('a').and(attr('PK').exists()), 'PK'],
    ['the inverse index', new InversePrimaryIndex(), not(attr('PK').eq(attr('x'))), 'PK'],
    [
      'a custom index',
      new GlobalSecondaryIndex('G', 'GPK', 'GSK'),
      attr('GSK').between(1, 2),
      'GSK',
    ],
  ])(
    'refuses a filter on a key attribute of %s (DynamoDB refuses it), naming it',
    (_, globalIndex, filter, name) => {
      expect(() => queryInput(config, alice, { filter, globalIndex })).toThrow(
        new RegExp(`key attribute "${name}"`),
      );
    },
  );

  it("accepts a filter on the table's keys when querying a custom index, and on nested names", () => {
    const globalIndex = new GlobalSecondaryIndex('G', 'GPK', 'GSK');
    expect(() =>
      queryInput(config, alice, { filter: attr('PK').exists(), globalIndex }),
    ).not.toThrow();
    expect(() => queryInput(config, alice, { filter: attr(['m', 'PK']).exists() })).not.toThrow();
  });

  it('refuses a partition key that is not a PartitionKey', () => {
    expect(() => queryInput(config, 'USER#alice' as unknown as PartitionKey)).toThrow(
      InvalidKeyError,
    );
  });
});
