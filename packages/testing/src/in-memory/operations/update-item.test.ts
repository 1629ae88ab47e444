import { dbWithProjectedIndexes, G } from '../../../test/gsi-fixture.js';
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
      'One or more parameter values were invalid: Type mismatch for Index Key',
    );
  });

  it('refuses a path into a key before reading the item: a write, or a read of one', () => {
    const db = dbWithTable();
    const update = (UpdateExpression: string, ConditionExpression?: string) =>
      thrown(() =>
        db.updateItem({
          TableName: T,
          Key,
          UpdateExpression,
          ...(ConditionExpression === undefined ? {} : { ConditionExpression }),
          ExpressionAttributeValues: { ':a': S('a') },
        }),
      ).message;
    const scalars =
      "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key:";
    expect(update('SET PK.x = :a')).toBe(
      'One or more parameter values were invalid: Cannot update attribute PK. This attribute is part of the key',
    );
    expect(update('SET n = if_not_exists(SK.x, :a)')).toBe(`${scalars} SK`);
    expect(update('SET n = :a, m = PK[0]', 'SK.y = :a')).toBe(`${scalars} SK`);
  });

  it("refuses to empty a GSI key, in DynamoDB Local's words for updates", () => {
    const db = dbWithProjectedIndexes();
    const error = thrown(() =>
      db.updateItem({
        TableName: G,
        Key: { PK: S('p0'), SK: S('s0') },
        UpdateExpression: 'SET G1 = :e',
        ExpressionAttributeValues: { ':e': S('') },
      }),
    );
    expect(error.message).toBe(
      'One or more parameter values are not valid. The update expression attempted to update a secondary index key to a value that is not supported. The AttributeValue for a key attribute cannot contain an empty string value.',
    );
  });
});
