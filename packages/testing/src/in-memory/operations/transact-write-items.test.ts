import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { N, S, T, dbWithTable, thrown } from '../../../test/in-memory-fixture.js';

const key = (sk: string) => ({ PK: S('a'), SK: S(sk) });
const put = (sk: string): TransactWriteItem => ({
  Put: { TableName: T, Item: { ...key(sk), n: N(1) } },
});
const failingCheck = (sk: string): TransactWriteItem => ({
  ConditionCheck: {
    TableName: T,
    Key: key(sk),
    ConditionExpression: 'attribute_exists(PK)',
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
  },
});

describe('transactWriteItems', () => {
  it('applies every action', () => {
    const db = dbWithTable();
    db.transactWriteItems({ TransactItems: [put('1'), put('2')] });
    expect(db.scan({ TableName: T }).Count).toBe(2);
  });

  it('applies nothing when a condition fails, with one reason per action in order', () => {
    const db = dbWithTable();
    const error = thrown(() =>
      db.transactWriteItems({ TransactItems: [put('1'), failingCheck('2')] }),
    );
    expect(error).toMatchObject({
      name: 'TransactionCanceledException',
      message:
        'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]',
      reasons: [
        { Code: 'None' },
        { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
      ],
    });
    expect(db.scan({ TableName: T }).Count).toBe(0);
  });

  it('returns the existing item on a failed condition when asked', () => {
    const db = dbWithTable();
    db.putItem({ TableName: T, Item: { ...key('1'), n: N(1) } });
    const error = thrown(() =>
      db.transactWriteItems({
        TransactItems: [
          {
            Delete: {
              TableName: T,
              Key: key('1'),
              ConditionExpression: 'n = :two',
              ExpressionAttributeValues: { ':two': N(2) },
              ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
            },
          },
        ],
      }),
    );
    expect(error).toMatchObject({
      reasons: [{ Code: 'ConditionalCheckFailed', Item: { ...key('1'), n: N(1) } }],
    });
  });

  it('refuses two actions on one item', () => {
    const error = thrown(() =>
      dbWithTable().transactWriteItems({ TransactItems: [put('1'), failingCheck('1')] }),
    );
    expect(error).toMatchObject({
      name: 'ValidationException',
      message: 'Transaction request cannot include multiple operations on one item',
    });
  });

  it('applies a ClientRequestToken once within 10 minutes, and refuses it with another input', () => {
    let now = new Date('2024-01-01T00:00:00Z');
    const db = dbWithTable(() => now);
    const increment: TransactWriteItem = {
      Update: {
        TableName: T,
        Key: key('1'),
        UpdateExpression: 'ADD n :one',
        ExpressionAttributeValues: { ':one': N(1) },
      },
    };
    db.transactWriteItems({ TransactItems: [increment], ClientRequestToken: 'token' });
    db.transactWriteItems({ TransactItems: [increment], ClientRequestToken: 'token' });
    expect(db.getItem({ TableName: T, Key: key('1') }).Item?.n).toEqual(N(1));
    expect(
      thrown(() =>
        db.transactWriteItems({ TransactItems: [put('2')], ClientRequestToken: 'token' }),
      ).name,
    ).toBe('IdempotentParameterMismatchException');
    now = new Date('2024-01-01T00:10:00Z');
    db.transactWriteItems({ TransactItems: [increment], ClientRequestToken: 'token' });
    expect(db.getItem({ TableName: T, Key: key('1') }).Item?.n).toEqual(N(2));
  });

  it('cancels with a ValidationError reason when an update is invalid for the item', () => {
    const db = dbWithTable();
    const error = thrown(() =>
      db.transactWriteItems({
        TransactItems: [
          put('1'),
          { Update: { TableName: T, Key: key('2'), UpdateExpression: 'REMOVE m.a' } },
        ],
      }),
    );
    expect(error).toMatchObject({
      name: 'TransactionCanceledException',
      reasons: [{ Code: 'None' }, { Code: 'ValidationError' }],
    });
  });
});
