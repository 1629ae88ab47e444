import { coreTableInput } from '../../../test/in-memory-fixture.js';
import { tableSchema } from './table-schema.js';

describe('tableSchema', () => {
  it("reads core's createTableInput: PK/SK and the inverse index projecting all", () => {
    const schema = tableSchema(coreTableInput());
    expect(schema.partitionKey).toEqual({ name: 'PK', type: 'S' });
    expect(schema.sortKey).toEqual({ name: 'SK', type: 'S' });
    expect(schema.indexes.get('GSI_1')).toMatchObject({
      partitionKey: { name: 'SK', type: 'S' },
      sortKey: { name: 'PK', type: 'S' },
      projectionType: 'ALL',
    });
  });

  it('reads KEYS_ONLY and INCLUDE projections and a hash-only key', () => {
    const schema = tableSchema({
      TableName: 'things',
      AttributeDefinitions: [
        { AttributeName: 'id', AttributeType: 'N' },
        { AttributeName: 'g', AttributeType: 'S' },
      ],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'k',
          KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'KEYS_ONLY' },
        },
        {
          IndexName: 'i',
          KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['x'] },
        },
      ],
    });
    expect(schema.sortKey).toBeUndefined();
    expect(schema.indexes.get('k')?.projectionType).toBe('KEYS_ONLY');
    expect(schema.indexes.get('i')?.nonKeyAttributes).toEqual(['x']);
  });

  it('refuses a key attribute without a definition, as a ValidationException', () => {
    expect(() =>
      tableSchema({
        TableName: 'things',
        AttributeDefinitions: [],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      }),
    ).toThrow(expect.objectContaining({ name: 'ValidationException' }));
  });
});
