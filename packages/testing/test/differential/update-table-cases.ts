import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { RawRequestCase } from './raw-request-cases.js';
import { stepOutcomes } from './step-outcomes.js';

interface Described {
  TableDescription?: TableShape;
  Table?: TableShape;
  Items?: unknown[];
}
interface TableShape {
  GlobalSecondaryIndexes?: { IndexName?: string; KeySchema?: unknown; Projection?: unknown }[];
}

/** What a step's result is compared by: a description's index names, keys and projections, or a query's items. */
function reduced(value: unknown): unknown {
  const { TableDescription, Table, Items } = value as Described;
  const table = TableDescription ?? Table;
  if (table !== undefined) {
    return (table.GlobalSecondaryIndexes ?? []).map(({ IndexName, KeySchema, Projection }) => ({
      IndexName,
      KeySchema,
      Projection,
    }));
  }
  return Items;
}

const BY_COLOUR = {
  IndexName: 'BY_COLOUR',
  KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' as const }],
  Projection: { ProjectionType: 'ALL' as const },
};

/** UpdateTable: a GSI added over existing items; the refusals on the way. */
export const updateTableCases: RawRequestCase[] = [
  {
    name: 'a GSI created by UpdateTable is described, needs its key defined, and a missing one cannot be deleted',
    run: async (api) => {
      const table = `${api.table}-update`;
      await api.createTable({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      });
      try {
        for (const [id, colour] of [
          ['a', 'red'],
          ['b', 'blue'],
          ['c', 'red'],
          ['d', undefined],
        ]) {
          await api.doc.send(new PutCommand({ TableName: table, Item: { id, colour } }));
        }
        const create = { GlobalSecondaryIndexUpdates: [{ Create: BY_COLOUR }] };
        const colour = [{ AttributeName: 'colour', AttributeType: 'S' as const }];
        // After `create`, DynamoDB backfills the index (CREATING) and later drops a deleted one
        // (DELETING); DynamoDB Local stays there and fails queries with InternalFailure. The
        // store makes both take effect at once (see the README): those steps are its own
        // tests', here only what both must agree on.
        return await stepOutcomes(
          {
            withoutDefinition: () => api.updateTable({ TableName: table, ...create }),
            create: () =>
              api.updateTable({ TableName: table, AttributeDefinitions: colour, ...create }),
            described: () => api.describeTable({ TableName: table }),
            deleteMissing: () =>
              api.updateTable({
                TableName: table,
                GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'NOPE' } }],
              }),
          },
          reduced,
        );
      } finally {
        await api.deleteTable({ TableName: table });
      }
    },
  },
  {
    name: 'UpdateTable of a table that does not exist',
    run: (api) =>
      api.updateTable({ TableName: `${api.table}-missing`, BillingMode: 'PAY_PER_REQUEST' }),
  },
];
