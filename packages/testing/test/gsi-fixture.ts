import { InMemoryDynamoDB } from '../src/in-memory/in-memory-dynamodb.js';
import { S } from './in-memory-fixture.js';

/** The table name of {@link dbWithProjectedIndexes}. */
export const G = 'projected';

/**
 * An in-memory DynamoDB with the table `G` (PK/SK) and three GSIs on G1/G1S: `all` (ALL),
 * `keysonly` (KEYS_ONLY) and `incl` (INCLUDE `a`), holding two items with `a` and `b`.
 */
export function dbWithProjectedIndexes(): InMemoryDynamoDB {
  const db = new InMemoryDynamoDB();
  const indexKeys = [
    { AttributeName: 'G1', KeyType: 'HASH' as const },
    { AttributeName: 'G1S', KeyType: 'RANGE' as const },
  ];
  db.createTable({
    TableName: G,
    AttributeDefinitions: ['PK', 'SK', 'G1', 'G1S'].map((name) => ({
      AttributeName: name,
      AttributeType: 'S',
    })),
    KeySchema: [
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      { IndexName: 'all', KeySchema: indexKeys, Projection: { ProjectionType: 'ALL' } },
      { IndexName: 'keysonly', KeySchema: indexKeys, Projection: { ProjectionType: 'KEYS_ONLY' } },
      {
        IndexName: 'incl',
        KeySchema: indexKeys,
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['a'] },
      },
    ],
  });
  for (const n of ['0', '1']) {
    const Item = {
      PK: S(`p${n}`),
      SK: S(`s${n}`),
      G1: S('g'),
      G1S: S(`x${n}`),
      a: S('A'),
      b: S('B'),
    };
    db.putItem({ TableName: G, Item });
  }
  return db;
}

/** The key condition of a query of partition `g` of a GSI of {@link dbWithProjectedIndexes}. */
export function inIndexPartition(IndexName: string) {
  return {
    TableName: G,
    IndexName,
    KeyConditionExpression: 'G1 = :g',
    ExpressionAttributeValues: { ':g': S('g') },
  };
}
