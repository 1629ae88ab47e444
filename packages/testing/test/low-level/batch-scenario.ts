import {
  BatchGetItemCommand,
  BatchWriteItemCommand,
  type KeysAndAttributes,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import type { Scenario } from '../other-clients/same-on-both.js';
import { type Attributes, key, n, putItem, s } from './low-level-steps.js';

const putRequest = (pk: string, extra: Attributes = {}): WriteRequest => ({
  PutRequest: { Item: { ...key(pk), v: n('1'), ...extra } },
});
const deleteRequest = (pk: string): WriteRequest => ({ DeleteRequest: { Key: key(pk) } });

/** BatchGetItem results sorted by key: DynamoDB returns them in no defined order. */
function sortedResponses(output: { Responses?: Record<string, Attributes[]> }): unknown {
  return Object.fromEntries(
    Object.entries(output.Responses ?? {}).map(([table, items]) => [
      table,
      [...items].sort((a, b) => ((a.pk?.S ?? '') < (b.pk?.S ?? '') ? -1 : 1)),
    ]),
  );
}

/** BatchWriteItem and BatchGetItem as a client writes them, with the requests DynamoDB refuses. */
export const batchScenario: Scenario = (backend) => {
  const { client, tableName } = backend;
  const write =
    (requests: WriteRequest[], table = tableName) =>
    () =>
      client.send(new BatchWriteItemCommand({ RequestItems: { [table]: requests } }));
  const read = (keys: Omit<KeysAndAttributes, 'Keys'> & { Keys: Attributes[] }) => async () => {
    const output = await client.send(
      new BatchGetItemCommand({ RequestItems: { [tableName]: keys } }),
    );
    return { responses: sortedResponses(output), unprocessed: output.UnprocessedKeys };
  };
  return {
    seed: () => putItem(backend, { ...key('old'), v: n('0') }),
    writeMixed: write([putRequest('a'), putRequest('b', { n: n('01.10') }), deleteRequest('old')]),
    writeDuplicatePut: write([putRequest('c'), putRequest('c')]),
    writePutAndDeleteSameKey: write([putRequest('d'), deleteRequest('d')]),
    writeTooMany: write([...Array(26).keys()].map((i) => putRequest(`many${i}`))),
    writeTwentyFive: write([...Array(25).keys()].map((i) => putRequest(`many${i}`))),
    writeEmpty: write([]),
    writeNoTables: () => client.send(new BatchWriteItemCommand({ RequestItems: {} })),
    writeBothRequests: write([{ ...putRequest('e'), DeleteRequest: { Key: key('e') } }]),
    writeNeitherRequest: write([{}]),
    writeBadKey: write([{ DeleteRequest: { Key: { pk: s('x') } } }]),
    writeItemWithoutSortKey: write([{ PutRequest: { Item: { pk: s('x') } } }]),
    writeMissingTable: write([putRequest('f')], `${tableName}-missing`),
    readSome: read({ Keys: [key('a'), key('b'), key('old'), key('many3')] }),
    readProjected: read({
      Keys: [key('a'), key('b')],
      ProjectionExpression: '#v, pk',
      ExpressionAttributeNames: { '#v': 'v' },
      ConsistentRead: true,
    }),
    readDuplicateKeys: read({ Keys: [key('a'), key('a')] }),
    readTooMany: read({ Keys: [...Array(101).keys()].map((i) => key(`k${i}`)) }),
    readHundred: read({ Keys: [...Array(100).keys()].map((i) => key(`many${i % 25}-${i}`)) }),
    readNoKeys: read({ Keys: [] }),
    readBadKey: read({ Keys: [{ pk: s('a') }] }),
    readUnusedName: read({ Keys: [key('a')], ExpressionAttributeNames: { '#x': 'x' } }),
  };
};
