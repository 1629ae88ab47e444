import {
  $add,
  BatchPutRequest,
  BatchWriteCommand,
  DeleteItemCommand,
  Entity,
  executeBatchWrite,
  executeTransactWrite,
  GetItemCommand,
  item,
  number,
  PutItemCommand,
  PutTransaction,
  QueryCommand,
  set,
  string,
  Table,
  UpdateItemCommand,
  UpdateTransaction,
} from 'dynamodb-toolbox';
import { type Backend, onBoth } from '../../../test/other-clients/same-on-both.js';

/** A table of tasks, modelled as DynamoDB-Toolbox's documentation does. */
function model({ document, tableName }: Backend) {
  const table = new Table({
    name: tableName,
    partitionKey: { name: 'pk', type: 'string' },
    sortKey: { name: 'sk', type: 'string' },
    indexes: {
      gsi1: {
        type: 'global',
        partitionKey: { name: 'gsi1pk', type: 'string' },
        sortKey: { name: 'gsi1sk', type: 'string' },
      },
    },
    documentClient: document,
  });
  const tasks = new Entity({
    name: 'TASK',
    table,
    timestamps: false,
    schema: item({
      owner: string().key().savedAs('pk'),
      taskId: string().key().savedAs('sk'),
      title: string(),
      points: number().default(0),
      tags: set(string()).optional(),
      state: string().optional().savedAs('gsi1pk'),
      due: string().optional().savedAs('gsi1sk'),
    }),
  });
  return { table, tasks };
}

describe('DynamoDB-Toolbox over the in-memory request handler', () => {
  it('gives the results and errors DynamoDB Local gives, operation for operation', async () => {
    const { local, memory } = await onBoth((backend) => {
      const { table, tasks } = model(backend);
      const key = (taskId: string) => ({ owner: 'alice', taskId });
      const put = (taskId: string, points: number) =>
        tasks.build(BatchPutRequest).item({
          ...key(taskId),
          title: `task ${taskId}`,
          points,
          state: 'open',
          due: `2024-01-0${points + 1}`,
        });
      const query = () => table.build(QueryCommand).entities(tasks);
      return {
        insert: () =>
          tasks
            .build(PutItemCommand)
            .item({ ...key('a'), title: 'first', tags: new Set(['x']) })
            .options({ condition: { attr: 'owner', exists: false } })
            .send(),
        insertAgain: () =>
          tasks
            .build(PutItemCommand)
            .item({ ...key('a'), title: 'again' })
            .options({
              condition: { attr: 'owner', exists: false },
              returnValuesOnConditionFalse: 'ALL_OLD',
            })
            .send(),
        get: () => tasks.build(GetItemCommand).key(key('a')).send(),
        update: () =>
          tasks
            .build(UpdateItemCommand)
            .item({ ...key('a'), points: $add(5), tags: $add(new Set(['y'])) })
            .options({ returnValues: 'ALL_NEW' })
            .send(),
        conditionFails: () =>
          tasks
            .build(DeleteItemCommand)
            .key(key('a'))
            .options({ condition: { attr: 'points', gt: 10 } })
            .send(),
        batch: () =>
          executeBatchWrite(
            table.build(BatchWriteCommand).requests(put('b', 1), put('c', 2), put('d', 3)),
          ),
        range: () =>
          query()
            .query({ partition: 'alice', range: { between: ['b', 'c'] } })
            .send(),
        filtered: () =>
          query()
            .query({ partition: 'alice' })
            .options({ filters: { TASK: { attr: 'points', gte: 2 } } })
            .send(),
        page: () => query().query({ partition: 'alice' }).options({ limit: 2 }).send(),
        byState: () =>
          query()
            .query({ index: 'gsi1', partition: 'open', range: { gte: '2024-01-03' } })
            .send(),
        reversed: () => query().query({ partition: 'alice' }).options({ reverse: true }).send(),
        transaction: () =>
          executeTransactWrite(
            tasks.build(PutTransaction).item({ ...key('e'), title: 'new' }),
            tasks.build(UpdateTransaction).item({ ...key('b'), points: $add(1) }),
          ),
        cancelled: () =>
          executeTransactWrite(
            tasks
              .build(PutTransaction)
              .item({ ...key('a'), title: 'again' })
              .options({ condition: { attr: 'owner', exists: false } }),
            tasks.build(UpdateTransaction).item({ ...key('c'), points: $add(1) }),
          ),
        delete: () =>
          tasks.build(DeleteItemCommand).key(key('a')).options({ returnValues: 'ALL_OLD' }).send(),
        everything: () =>
          query().query({ partition: 'alice' }).options({ maxPages: Infinity }).send(),
      };
    });
    expect(memory).toEqual(local);
    expect(JSON.stringify(local)).toContain('"title":"new"');
    expect(local.filter((line) => 'error' in (line as object)).length).toBeGreaterThanOrEqual(3);
  });
});
