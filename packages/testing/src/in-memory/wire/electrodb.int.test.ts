import { Entity, Service } from 'electrodb';
import { normalise } from '../../../test/differential/differential-runner.js';
import { type Backend, onBoth } from '../../../test/other-clients/same-on-both.js';

/** A user and their tasks, modelled as ElectroDB's documentation does, on one table. */
function service({ document, tableName }: Backend) {
  const user = new Entity(
    {
      model: { entity: 'user', version: '1', service: 'app' },
      attributes: {
        id: { type: 'string', required: true },
        name: { type: 'string', required: true },
        age: { type: 'number' },
        tags: { type: 'set', items: 'string' },
      },
      indexes: {
        primary: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
        byName: {
          index: 'gsi1',
          pk: { field: 'gsi1pk', composite: ['name'] },
          sk: { field: 'gsi1sk', composite: ['id'] },
        },
      },
    },
    { table: tableName, client: document },
  );
  const task = new Entity(
    {
      model: { entity: 'task', version: '1', service: 'app' },
      attributes: {
        owner: { type: 'string', required: true },
        taskId: { type: 'string', required: true },
        title: { type: 'string' },
        done: { type: 'boolean', default: false },
        points: { type: 'number', default: 0 },
      },
      indexes: {
        primary: {
          pk: { field: 'pk', composite: ['owner'] },
          sk: { field: 'sk', composite: ['taskId'] },
        },
      },
    },
    { table: tableName, client: document },
  );
  return new Service({ user, task });
}

/**
 * ElectroDB's cursor (the `LastEvaluatedKey` as base64 JSON) as the key it holds: the order
 * of the key's attributes in DynamoDB's JSON is not defined (DynamoDB Local's differs from
 * the store's), the attributes and values are.
 */
function decodeCursor(cursor: string | null): unknown {
  if (cursor === null) return null;
  return normalise(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
}

describe('ElectroDB over the in-memory request handler', () => {
  it('gives the results and errors DynamoDB Local gives, operation for operation', async () => {
    const { local, memory } = await onBoth((backend) => {
      const { entities, transaction } = service(backend);
      const { user, task } = entities;
      const tasks = ['a', 'b', 'c', 'd'].map((taskId, i) => ({
        owner: 'alice',
        taskId,
        title: `task ${taskId}`,
        points: i,
      }));
      return {
        create: () => user.create({ id: 'alice', name: 'Alice', age: 30, tags: ['x'] }).go(),
        createAgain: () => user.create({ id: 'alice', name: 'Alice' }).go(),
        get: () => user.get({ id: 'alice' }).go(),
        patch: () =>
          user
            .patch({ id: 'alice' })
            .set({ name: 'Al' })
            .add({ age: 1, tags: ['y'] })
            .go({
              response: 'all_new',
            }),
        patchMissing: () => user.patch({ id: 'nobody' }).set({ age: 1 }).go(),
        conditionFails: () =>
          user
            .update({ id: 'alice' })
            .set({ age: 99 })
            .where((attr, op) => op.gt(attr.age, 100))
            .go(),
        byName: () => user.query.byName({ name: 'Al' }).go(),
        batchPut: () => task.put(tasks).go(),
        // BatchGetItem returns items in no defined order.
        batchGet: async () => {
          const { data, unprocessed } = await task
            .get(tasks.map(({ owner, taskId }) => ({ owner, taskId })))
            .go();
          return { data: data.sort((a, b) => a.taskId.localeCompare(b.taskId)), unprocessed };
        },
        range: () =>
          task.query.primary({ owner: 'alice' }).between({ taskId: 'b' }, { taskId: 'c' }).go(),
        beginsWith: () => task.query.primary({ owner: 'alice' }).begins({ taskId: 'd' }).go(),
        filtered: () =>
          task.query
            .primary({ owner: 'alice' })
            .where((attr, op) => op.gte(attr.points, 2))
            .go(),
        firstPage: async () => {
          const { data, cursor } = await task.query.primary({ owner: 'alice' }).go({ limit: 3 });
          return { data, lastEvaluatedKey: decodeCursor(cursor) };
        },
        transaction: () =>
          transaction
            .write(({ user: u, task: t }) => [
              u.patch({ id: 'alice' }).add({ age: 1 }).commit(),
              t.create({ owner: 'alice', taskId: 'e', title: 'new' }).commit(),
            ])
            .go(),
        cancelled: () =>
          transaction
            .write(({ task: t }) => [
              t.create({ owner: 'alice', taskId: 'a', title: 'again' }).commit(),
              t.patch({ owner: 'alice', taskId: 'b' }).set({ done: true }).commit(),
            ])
            .go(),
        remove: () => task.remove({ owner: 'alice', taskId: 'a' }).go(),
        removeAgain: () => task.remove({ owner: 'alice', taskId: 'a' }).go(),
        everything: () => task.query.primary({ owner: 'alice' }).go({ pages: 'all' }),
      };
    });
    expect(memory).toEqual(local);
    // The scenario did reach the store: items came back, and failures failed.
    expect(JSON.stringify(local)).toContain('"title":"new"');
    expect(local.filter((line) => 'error' in (line as object)).length).toBeGreaterThanOrEqual(3);
  });
});
