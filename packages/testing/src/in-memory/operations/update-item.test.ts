import { N, S, T, dbWithTable, thrown } from '../../../test/in-memory-fixture.js';
import { InMemoryDynamoDB } from '../in-memory-dynamodb.js';

const Key = { PK: S('a'), SK: S('b') };

describe('updateItem', () => {
  it('creates a missing item from its key', () => {
    const db = dbWithTable();
    const output = db.updateItem({
      TableName: T,
      Key,
      UpdateExpression: 'SET n = :n',
      ExpressionAttributeValues: { ':n': N(1) },
      ReturnValues: 'ALL_NEW',
    });
    expect(output.Attributes).toEqual({ ...Key, n: N(1) });
  });

  it('returns the updated paths, nested, for UPDATED_OLD and UPDATED_NEW, even if unchanged', () => {
    const db = dbWithTable();
    db.putItem({ TableName: T, Item: { ...Key, n: N(1), m: { M: { x: N(1), y: N(2) } } } });
    const update = {
      TableName: T,
      Key,
      UpdateExpression: 'SET m.x = :x, n = :n',
      ExpressionAttributeValues: { ':x': N(5), ':n': N(1) },
    };
    expect(db.updateItem({ ...update, ReturnValues: 'UPDATED_OLD' }).Attributes).toEqual({
      n: N(1),
      m: { M: { x: N(1) } },
    });
    expect(db.updateItem({ ...update, ReturnValues: 'UPDATED_NEW' }).Attributes).toEqual({
      n: N(1),
      m: { M: { x: N(5) } },
    });
  });

  it('returns no Attributes for UPDATED_OLD of a new item', () => {
    const db = dbWithTable();
    const output = db.updateItem({
      TableName: T,
      Key,
      UpdateExpression: 'SET n = :n',
      ExpressionAttributeValues: { ':n': N(1) },
      ReturnValues: 'UPDATED_OLD',
    });
    expect(output).toEqual({});
  });

  it('refuses to update a key attribute, even to the same value', () => {
    const db = dbWithTable();
    const error = thrown(() =>
      db.updateItem({
        TableName: T,
        Key,
        UpdateExpression: 'SET PK = :pk',
        ExpressionAttributeValues: { ':pk': S('a') },
      }),
    );
    expect(error.message).toBe(
      'One or more parameter values were invalid: Cannot update attribute PK. This attribute is part of the key',
    );
  });

  it('leaves the item as it was when the condition fails', () => {
    const db = dbWithTable();
    db.putItem({ TableName: T, Item: { ...Key, n: N(1) } });
    const error = thrown(() =>
      db.updateItem({
        TableName: T,
        Key,
        UpdateExpression: 'ADD n :one',
        ConditionExpression: 'n > :one',
        ExpressionAttributeValues: { ':one': N(1) },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    );
    expect(error).toMatchObject({
      name: 'ConditionalCheckFailedException',
      item: { ...Key, n: N(1) },
    });
    expect(db.getItem({ TableName: T, Key }).Item?.n).toEqual(N(1));
  });

  it('refuses an update that makes a GSI key the wrong type', () => {
    const db = new InMemoryDynamoDB();
    db.createTable({
      TableName: 'things',
      AttributeDefinitions: [
        { AttributeName: 'id', AttributeType: 'S' },
        { AttributeName: 'g', AttributeType: 'S' },
      ],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byG',
          KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
    const error = thrown(() =>
      db.updateItem({
        TableName: 'things',
        Key: { id: S('1') },
        UpdateExpression: 'SET g = :g',
        ExpressionAttributeValues: { ':g': N(1) },
      }),
    );
    expect(error.message).toBe(
      'One or more parameter values were invalid: Type mismatch for Index Key g Expected: S Actual: N IndexName: byG',
    );
  });
});
