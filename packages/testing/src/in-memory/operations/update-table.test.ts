import { InMemoryDynamoDB } from '../in-memory-dynamodb.js';

const TABLE = 'things';
const BY_COLOUR = {
  IndexName: 'BY_COLOUR',
  KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' as const }],
  Projection: { ProjectionType: 'KEYS_ONLY' as const },
};

function store(): InMemoryDynamoDB {
  const db = new InMemoryDynamoDB();
  db.createTable({
    TableName: TABLE,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
  });
  for (const [id, colour] of [
    ['a', 'red'],
    ['b', 'blue'],
    ['c', 'red'],
    ['d', undefined],
  ]) {
    const item = { id: { S: id as string }, ...(colour && { colour: { S: colour } }) };
    db.putItem({ TableName: TABLE, Item: item });
  }
  return db;
}

const redIds = (db: InMemoryDynamoDB) =>
  (
    db.query({
      TableName: TABLE,
      IndexName: 'BY_COLOUR',
      KeyConditionExpression: 'colour = :c',
      ExpressionAttributeValues: { ':c': { S: 'red' } },
    }).Items ?? []
  )
    .map((item) => item.id.S)
    .sort();

describe('UpdateTable', () => {
  it('adds a GSI over the items already there, at once, and removes it at once', () => {
    const db = store();
    db.updateTable({
      TableName: TABLE,
      AttributeDefinitions: [{ AttributeName: 'colour', AttributeType: 'S' }],
      GlobalSecondaryIndexUpdates: [{ Create: BY_COLOUR }],
    });
    expect(redIds(db)).toEqual(['a', 'c']);
    db.putItem({ TableName: TABLE, Item: { id: { S: 'e' }, colour: { S: 'red' } } });
    expect(redIds(db)).toEqual(['a', 'c', 'e']);
    // The new index's key type is checked on writes, as for any GSI.
    expect(() =>
      db.putItem({ TableName: TABLE, Item: { id: { S: 'f' }, colour: { N: '1' } } }),
    ).toThrow(/Type mismatch for Index Key/);
    const described = db.describeTable({ TableName: TABLE }).Table;
    expect(described?.GlobalSecondaryIndexes?.map((index) => index.IndexName)).toEqual([
      'BY_COLOUR',
    ]);
    db.updateTable({
      TableName: TABLE,
      GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'BY_COLOUR' } }],
    });
    expect(() => redIds(db)).toThrow('The table does not have the specified index: BY_COLOUR');
    expect(db.describeTable({ TableName: TABLE }).Table?.GlobalSecondaryIndexes).toBeUndefined();
  });

  it('refuses two index changes at once, and an index that exists', () => {
    const db = store();
    const colour = [{ AttributeName: 'colour', AttributeType: 'S' as const }];
    const create = { Create: BY_COLOUR };
    expect(() =>
      db.updateTable({
        TableName: TABLE,
        AttributeDefinitions: colour,
        GlobalSecondaryIndexUpdates: [create, { Create: { ...BY_COLOUR, IndexName: 'OTHER' } }],
      }),
    ).toThrow(/Only one global secondary index update/);
    db.updateTable({
      TableName: TABLE,
      AttributeDefinitions: colour,
      GlobalSecondaryIndexUpdates: [create],
    });
    expect(() =>
      db.updateTable({
        TableName: TABLE,
        AttributeDefinitions: colour,
        GlobalSecondaryIndexUpdates: [create],
      }),
    ).toThrow('Attempting to create an index which already exists');
  });
});
