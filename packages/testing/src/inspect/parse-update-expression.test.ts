import { EntityName, ifNotExists, listAppend, PartitionKey, SortKey } from '@dokklib/core';
import { mockTable } from '../mock/mock-table.js';
import { parseUpdateExpression } from './parse-update-expression.js';

const { table } = mockTable({ tableOptions: { timestamps: false } });
const user = new EntityName('USER');
const [pk, sk] = [new PartitionKey(user, 'alice'), new SortKey(user, 'alice')];

describe('parseUpdateExpression', () => {
  it("decodes each clause of core's update expressions by attribute name or path", () => {
    const input = table.requests.update(pk, sk, {
      set: { role: 'admin', 'a, b = c': 1, gone: undefined },
      remove: [['address', 'lines', 2]],
      add: { count: 2 },
      delete: { tags: new Set(['x']) },
    });
    expect(parseUpdateExpression(input.UpdateExpression ?? '', input)).toEqual({
      set: { role: 'admin', 'a, b = c': 1 },
      remove: ['address.lines[2]', 'gone'],
      add: { count: 2 },
      delete: { tags: new Set(['x']) },
    });
  });

  it('gives SET functions as their expression with names and values in place', () => {
    const input = table.requests.update(pk, sk, {
      set: { views: ifNotExists(0), log: listAppend(['x']) },
    });
    expect(parseUpdateExpression(input.UpdateExpression ?? '', input).set).toEqual({
      views: { expression: 'if_not_exists(views, 0)' },
      log: { expression: "list_append(if_not_exists(log, []), [ 'x' ])" },
    });
  });
});
