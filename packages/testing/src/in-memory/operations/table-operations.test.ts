import { T, coreTableInput, dbWithTable, thrown } from '../../../test/in-memory-fixture.js';
import { InMemoryDynamoDB } from '../in-memory-dynamodb.js';

describe('createTable, describeTable, deleteTable', () => {
  it('creates an ACTIVE table described as created', () => {
    const db = new InMemoryDynamoDB({ clock: () => new Date(0) });
    const created = db.createTable(coreTableInput());
    expect(created.TableDescription).toMatchObject({
      TableName: T,
      TableStatus: 'ACTIVE',
      ItemCount: 0,
      CreationDateTime: new Date(0),
    });
    expect(db.describeTable({ TableName: T }).Table?.GlobalSecondaryIndexes?.[0]).toMatchObject({
      IndexName: 'GSI_1',
      IndexStatus: 'ACTIVE',
    });
  });

  it('refuses a second table with the same name', () => {
    expect(thrown(() => dbWithTable().createTable(coreTableInput())).name).toBe(
      'ResourceInUseException',
    );
  });

  it('deletes a table, after which it is not found', () => {
    const db = dbWithTable();
    db.deleteTable({ TableName: T });
    expect(thrown(() => db.describeTable({ TableName: T })).name).toBe('ResourceNotFoundException');
    expect(db.tableNames()).toEqual([]);
  });
});
