import { dbWithProjectedIndexes, G } from '../../../test/gsi-fixture.js';
import { S, thrown } from '../../../test/in-memory-fixture.js';

const db = dbWithProjectedIndexes();
const Key = { PK: S('p0'), SK: S('s0') };
const scalars =
  "Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: ";

describe('paths into key attributes', () => {
  it("refuses them in any request, naming the table's or a GSI's key", () => {
    expect(
      thrown(() => db.getItem({ TableName: G, Key, ProjectionExpression: 'SK[0]' })).message,
    ).toBe(`${scalars}Key: SK`);
    const put = () =>
      db.putItem({ TableName: G, Item: Key, ConditionExpression: 'attribute_not_exists(G1.x)' });
    expect(thrown(put).message).toBe(`${scalars}IndexKey: G1`);
    const scan = () =>
      db.scan({
        TableName: G,
        FilterExpression: 'a = :a AND #k.x = :a',
        ExpressionAttributeNames: { '#k': 'PK' },
        ExpressionAttributeValues: { ':a': S('A') },
      });
    expect(thrown(scan).message).toBe(`${scalars}Key: PK`);
  });

  it('refuses them in a query filter before the filter names a key', () => {
    const query = () =>
      db.query({
        TableName: G,
        KeyConditionExpression: 'PK = :p',
        FilterExpression: 'PK = :p AND SK.x = :p',
        ExpressionAttributeValues: { ':p': S('p0') },
      });
    expect(thrown(query).message).toBe(`${scalars}Key: SK`);
  });
});
