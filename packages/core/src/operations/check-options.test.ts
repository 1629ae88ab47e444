import { ValidationError } from '../errors/validation-error.js';
import { attr } from '../expressions/condition.js';
import type { UpdateChanges } from '../expressions/update-changes.js';
import { EntityName } from '../keys/entity-name.js';
import { PartitionKey } from '../keys/partition-key.js';
import { PrefixSortKey } from '../keys/prefix-sort-key.js';
import { SortKey } from '../keys/sort-key.js';
import { tableConfig } from '../table/table-config.js';
import { TableRequests } from '../table/table-requests.js';
import { batchWrite } from './batch-write/batch-write.js';
import { BareTable } from '../table/bare-table.js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const User = new EntityName('USER');
const pk = new PartitionKey(User, 'alice');
const sk = new SortKey(User, 'alice');
const requests = new TableRequests(tableConfig('T', {}));

/** What `build` threw: a ValidationError, whose message is returned. */
function refusal(build: () => unknown): string {
  let error: unknown;
  try {
    build();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ValidationError);
  return (error as Error).message;
}

// Each as a JavaScript caller could write it: the types would refuse them all.
const js = (value: unknown): any => value;

describe('the shapes of changes and options, checked at run time', () => {
  it.each([
    [
      "{ remove: 'name' } (a string is not a list of paths)",
      { remove: 'name' },
      /remove in the changes of update must be a list of attribute paths.*got "name"/,
    ],
    [
      "{ set: ['x'] } (a list is not a record)",
      { set: ['x'] },
      /set in the changes of update must be an object of attribute names.*the list \["x"\]/,
    ],
    ['{ add: 1 }', { add: 1 }, /add in the changes of update/],
    ["{ delete: 'tags' }", { delete: 'tags' }, /delete in the changes of update/],
  ])(
    'refuses update changes %s, naming the change and what it must be',
    (_label, changes, message) => {
      expect(refusal(() => requests.update(pk, sk, js(changes) as UpdateChanges))).toMatch(message);
    },
  );

  it.each([
    [
      'put',
      () => requests.put(pk, sk, {}, js({ allowOverwrite: 'false' })),
      /allowOverwrite in the options of put must be a boolean/,
    ],
    [
      'put',
      () => requests.put(pk, sk, {}, js({ condition: 'a = 1' })),
      /condition in the options of put must be a Condition/,
    ],
    [
      'put',
      () => requests.put(pk, sk, {}, js('overwrite')),
      /The options of put must be an object/,
    ],
    [
      'update',
      () => requests.update(pk, sk, { set: { a: 1 } }, js({ mustExist: 1 })),
      /mustExist in the options of update/,
    ],
    [
      'update',
      () => requests.update(pk, sk, { set: { a: 1 } }, js({ returnValues: 'ALL' })),
      /returnValues in the options of update must be one of "NONE"/,
    ],
    [
      'delete',
      () => requests.delete(pk, sk, js({ idempotent: 'no' })),
      /idempotent in the options of delete/,
    ],
    [
      'get',
      () => requests.get(pk, sk, js({ consistent: 'yes' })),
      /consistent in the options of get/,
    ],
    [
      'get',
      () => requests.get(pk, sk, js({ attributes: 'name' })),
      /attributes in the options of get must be a list/,
    ],
    ['query', () => requests.query(pk, js({ reverse: 'true' })), /reverse in the options of query/],
    [
      'query',
      () => requests.query(pk, js({ globalIndex: 'GSI_1' })),
      /globalIndex in the options of query must be a GlobalSecondaryIndex/,
    ],
    [
      'query',
      () => requests.query(pk, js({ cursor: 42 })),
      /cursor in the options of query must be a string/,
    ],
    [
      'queryPrefix',
      () => requests.queryPrefix(pk, new PrefixSortKey(User), js({ consistent: 1 })),
      /consistent in the options of query/,
    ],
    ['scan', () => requests.scan(js({ attributes: 'a' })), /attributes in the options of scan/],
    [
      'batchGet',
      () => requests.batchGet([{ pk, sk }], js({ onProgress: true })),
      /onProgress in the options of batchGet must be a function/,
    ],
    [
      'batchGet',
      () => requests.batchGet([{ pk, sk }], js({ retry: 3 })),
      /retry in the options of batchGet/,
    ],
    [
      'a condition',
      () => requests.put(pk, sk, {}, { condition: attr('a').between(5, 1) }),
      /low bound greater/,
    ],
  ])('refuses a wrong option of %s before building the request', (_operation, build, message) => {
    expect(refusal(build)).toMatch(message);
  });

  it('refuses a wrong option of batchWrite before sending anything', async () => {
    const table = new BareTable('T', { client: new DynamoDBClient({ region: 'us-east-1' }) });
    await expect(batchWrite(table, [], js({ onProgress: 'log' }))).rejects.toThrow(
      /onProgress in the options of batchWrite must be a function/,
    );
  });

  it('accepts every option of the right shape, and options it does not know', () => {
    expect(() =>
      requests.update(
        pk,
        sk,
        { set: { a: 1 }, remove: ['b'], add: { n: 1 } },
        { mustExist: true, returnValues: 'ALL_NEW' },
      ),
    ).not.toThrow();
    expect(() => requests.put(pk, sk, {}, js({ allowOverwrite: false, extra: 1 }))).not.toThrow();
    expect(() =>
      requests.query(pk, { reverse: true, consistent: false, attributes: ['a'] }),
    ).not.toThrow();
  });
});
