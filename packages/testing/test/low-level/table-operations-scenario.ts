import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  ListTablesCommand,
  PutItemCommand,
  type TableDescription,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { Scenario } from '../other-clients/same-on-both.js';
import { singleTable } from '../other-clients/same-on-both.js';

/** A table description without the times it was made at, which differ by run. */
function described(output: {
  TableDescription?: TableDescription;
  Table?: TableDescription;
}): unknown {
  const table = output.TableDescription ?? output.Table;
  if (table === undefined) return output;
  const { CreationDateTime: _created, AttributeDefinitions = [], ...rest } = table;
  const indexes = rest.GlobalSecondaryIndexes?.map(({ IndexStatus: _status, ...index }) => index);
  return {
    ...rest,
    // In no defined order (DynamoDB Local reorders them after an UpdateTable).
    AttributeDefinitions: [...AttributeDefinitions].sort((a, b) =>
      (a.AttributeName ?? '') < (b.AttributeName ?? '') ? -1 : 1,
    ),
    ...(indexes === undefined ? {} : { GlobalSecondaryIndexes: indexes }),
  };
}

/** The table operations, on a table of the scenario's own, from creation to deletion. */
export const tableOperationsScenario: Scenario = (backend) => {
  const { client } = backend;
  const TableName = `${backend.tableName}-ops`;
  const create = () => client.send(new CreateTableCommand(singleTable(TableName)));
  const describe = async () =>
    described(await client.send(new DescribeTableCommand({ TableName })));
  const setTtl =
    (Enabled: boolean, AttributeName = 'expires') =>
    () =>
      client.send(
        new UpdateTimeToLiveCommand({
          TableName,
          TimeToLiveSpecification: { Enabled, AttributeName },
        }),
      );
  return {
    create: async () => described(await create()),
    createAgain: create,
    putItem: () =>
      client.send(
        new PutItemCommand({
          TableName,
          Item: { pk: { S: 'p' }, sk: { S: 's' }, gsi1pk: { S: 'g' }, gsi1sk: { S: 'k' } },
        }),
      ),
    describe,
    listed: async () => {
      const { TableNames = [] } = await client.send(new ListTablesCommand({}));
      return TableNames.filter((name) => name.startsWith(backend.tableName));
    },
    listedFromStart: async () => {
      // Only the first name after the scenario's table: other tests' tables share DynamoDB Local.
      const { TableNames = [] } = await client.send(
        new ListTablesCommand({ ExclusiveStartTableName: backend.tableName, Limit: 1 }),
      );
      return TableNames;
    },
    listLimitZero: () => client.send(new ListTablesCommand({ Limit: 0 })),
    listLimitTooLarge: () => client.send(new ListTablesCommand({ Limit: 101 })),
    ttlBefore: () => client.send(new DescribeTimeToLiveCommand({ TableName })),
    ttlEnable: setTtl(true),
    ttlEnableAgain: setTtl(true),
    ttlOtherAttribute: setTtl(true, 'other'),
    ttlDescribed: () => client.send(new DescribeTimeToLiveCommand({ TableName })),
    ttlDisableOther: setTtl(false, 'other'),
    ttlDisable: setTtl(false),
    addIndex: async () =>
      described(
        await client.send(
          new UpdateTableCommand({
            TableName,
            AttributeDefinitions: [{ AttributeName: 'colour', AttributeType: 'S' }],
            GlobalSecondaryIndexUpdates: [
              {
                Create: {
                  IndexName: 'byColour',
                  KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' }],
                  Projection: { ProjectionType: 'KEYS_ONLY' },
                },
              },
            ],
          }),
        ),
      ),
    addSameIndex: () =>
      client.send(
        new UpdateTableCommand({
          TableName,
          AttributeDefinitions: [{ AttributeName: 'colour', AttributeType: 'S' }],
          GlobalSecondaryIndexUpdates: [
            {
              Create: {
                IndexName: 'gsi1',
                KeySchema: [{ AttributeName: 'colour', KeyType: 'HASH' }],
                Projection: { ProjectionType: 'ALL' },
              },
            },
          ],
        }),
      ),
    delete: async () => described(await client.send(new DeleteTableCommand({ TableName }))),
    describeDeleted: describe,
    deleteAgain: () => client.send(new DeleteTableCommand({ TableName })),
  };
};
