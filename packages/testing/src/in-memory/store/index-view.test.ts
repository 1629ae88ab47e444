import { S } from '../../../test/in-memory-fixture.js';
import { tableSchema } from '../schema/table-schema.js';
import { indexView, lastEvaluatedKey } from './index-view.js';
import { MemoryTable } from './memory-table.js';

const table = new MemoryTable(
  tableSchema({
    TableName: 'things',
    AttributeDefinitions: [
      { AttributeName: 'id', AttributeType: 'S' },
      { AttributeName: 'g', AttributeType: 'S' },
    ],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    GlobalSecondaryIndexes: [
      {
        IndexName: 'keys',
        KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
      {
        IndexName: 'some',
        KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['x'] },
      },
    ],
  }),
  new Date(0),
);
table.put({ id: S('1'), g: S('a'), x: S('x1'), y: S('y1') });
table.put({ id: S('2'), x: S('x2') });

describe('indexView', () => {
  it('holds only items with the index keys (a sparse index), projected as the index says', () => {
    expect(indexView(table, 'keys').items).toEqual([{ id: S('1'), g: S('a') }]);
    expect(indexView(table, 'some').items).toEqual([{ id: S('1'), g: S('a'), x: S('x1') }]);
    expect(indexView(table, undefined).items).toHaveLength(2);
  });

  it('refuses an unknown index', () => {
    expect(() => indexView(table, 'nope')).toThrow(
      'The table does not have the specified index: nope',
    );
  });
});

describe('lastEvaluatedKey', () => {
  it('holds the index keys and the table keys', () => {
    const view = indexView(table, 'some');
    expect(lastEvaluatedKey(view, view.items[0])).toEqual({ g: S('a'), id: S('1') });
  });
});
