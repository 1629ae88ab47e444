import { TransactGetCommand } from '@aws-sdk/lib-dynamodb';
import {
  EntityName,
  InvalidKeyError,
  PartitionKey,
  SortKey,
  type TransactGetKey,
  ValidationError,
} from '../../index.js';
import { mockTable } from '../../../test/mock-table.js';

const User = new EntityName('USER');
const Group = new EntityName('GROUP');
const key = (i: number): TransactGetKey => ({
  pk: new PartitionKey(User, `u${i}`),
  sk: new SortKey(Group, 'g'),
});

const { table, mock } = mockTable();
beforeEach(() => mock.reset());

describe('transactGetItems', () => {
  it('reads each key, with its own projection', () => {
    expect(
      table.requests.transactGetItems([key(1), { ...key(2), attributes: ['role', ['a', 'b']] }]),
    ).toEqual({
      TransactItems: [
        { Get: { TableName: 'T', Key: { PK: 'USER#u1', SK: 'GROUP#g' } } },
        {
          Get: {
            TableName: 'T',
            Key: { PK: 'USER#u2', SK: 'GROUP#g' },
            ProjectionExpression: '#n0, #n1.#n2',
            ExpressionAttributeNames: { '#n0': 'role', '#n1': 'a', '#n2': 'b' },
          },
        },
      ],
    });
  });

  it('returns the items aligned with the keys, undefined where missing', async () => {
    mock.on(TransactGetCommand).resolves({
      Responses: [{ Item: { PK: 'USER#u1', SK: 'GROUP#g', n: 1 } }, {}, { Item: { n: 3 } }],
    });
    expect(await table.transactGetItems([key(1), key(2), key(3)])).toEqual([
      { PK: 'u1', SK: 'g', n: 1 },
      undefined,
      { n: 3 },
    ]);
  });

  it.each([
    ['no keys', [], ValidationError],
    ['101 keys', Array.from({ length: 101 }, (_, i) => key(i)), ValidationError],
    ['a key twice', [key(1), key(2), key(1)], ValidationError],
    ['a bad key', [{ pk: 'USER#u1', sk: key(1).sk }], InvalidKeyError],
  ] as [string, TransactGetKey[], typeof ValidationError][])(
    'refuses %s before sending',
    async (_, keys, error) => {
      await expect(table.transactGetItems(keys)).rejects.toBeInstanceOf(error);
      expect(mock.calls()).toHaveLength(0);
    },
  );

  it('accepts 100 keys', () => {
    const input = table.requests.transactGetItems(Array.from({ length: 100 }, (_, i) => key(i)));
    expect(input.TransactItems).toHaveLength(100);
  });
});
